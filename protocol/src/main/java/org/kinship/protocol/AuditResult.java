package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListAudit}. */
public record AuditResult(
        List<AuditRecord> records, // newest first
        boolean hasMore            // whether older records exist
) implements Result {
}
