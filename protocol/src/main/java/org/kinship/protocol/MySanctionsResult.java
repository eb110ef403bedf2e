package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListMySanctions}. */
public record MySanctionsResult(
        List<Sanction> sanctions // newest first; never says who applied them
) implements Result {
}
