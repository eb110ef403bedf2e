package org.kinship.server.store;

/** One row of {@code reports} with the handles it names. */
public record ReportRow(long id, long roomId, Long reporterId, String reporterHandle, Long reportedUserId,
                        String reportedHandle, Long seq, String category, String note, String status, long createdAt,
                        Long resolvedAt, String resolutionNote) {
}
