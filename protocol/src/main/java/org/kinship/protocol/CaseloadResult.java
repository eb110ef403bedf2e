package org.kinship.protocol;

/** Reply to {@link ListCaseload} and {@link AcceptCoachRequest}. */
public record CaseloadResult(
        Caseload caseload // the coach's caseload
) implements Result {
}
