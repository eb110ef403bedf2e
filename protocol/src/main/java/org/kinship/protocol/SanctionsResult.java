package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListSanctions}. */
public record SanctionsResult(
        long roomId,               // the room
        List<Sanction> sanctions   // mutes and bans in force, newest first
) implements Result {
}
