package org.kinship.protocol;

/** The recipient's caseload changed: someone joined or left it, or shared their history. */
public record CaseloadChanged(
        Caseload caseload // the whole caseload now
) implements ServerMessage {
}
