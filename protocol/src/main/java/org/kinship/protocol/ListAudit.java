package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reads the audit trail, newest first. Leaders read their own rooms' records; supervisors and admins
 * read everything. Reply: {@link AuditResult}.
 */
public record ListAudit(
        @JsonProperty(required = true) String id, // request id
        Long roomId,                              // one room; absent for all (supervisors and admins)
        String action,                            // only this action, e.g. sanction.applied
        Long beforeId,                            // records older than this id, for paging
        Integer limit                             // page size, 1..200, default 50
) implements ClientMessage {
}
