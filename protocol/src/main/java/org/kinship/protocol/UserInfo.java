package org.kinship.protocol;

/** A person as others see them: a pseudonymous handle, never a real name. */
public record UserInfo(
        long id,       // stable user id
        String handle, // the chosen handle
        OrgRole role   // role in the organisation
) {
}
