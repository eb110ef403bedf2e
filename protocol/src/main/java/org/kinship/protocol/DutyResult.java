package org.kinship.protocol;

import java.util.List;

/** Reply to {@link SetDuty} and {@link ListDuty}. */
public record DutyResult(
        List<DutyEntry> onDuty // who is on duty, longest first; empty when nobody is
) implements Result {
}
