package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListSupport}. */
public record SupportAlertsResult(
        List<SupportAlert> alerts // newest first, at most 200
) implements Result {
}
