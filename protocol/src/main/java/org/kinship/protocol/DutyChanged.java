package org.kinship.protocol;

import java.util.List;

/** Someone came on or went off duty; sent to everyone online. Notes are left out for participants. */
public record DutyChanged(
        List<DutyEntry> onDuty // who is on duty now
) implements ServerMessage {
}
