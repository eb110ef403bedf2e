package org.kinship.protocol;

import java.util.List;

/** A coach's caseload. */
public record Caseload(
        long coachId,                  // the coach
        int capacity,                  // how many participants they take on
        List<CaseloadEntry> entries    // gone-quiet participants first, then by handle
) {
}
