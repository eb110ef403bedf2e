package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListReports}. */
public record ReportsResult(
        List<Report> reports // newest first, at most 200
) implements Result {
}
