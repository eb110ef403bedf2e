package org.kinship.protocol;

/** Reply to {@link GetProfile} and {@link SetProfile}: staff-only details, never shown to other participants. */
public record ProfileResult(
        UserInfo user,       // the person
        String realName,     // absent when not recorded
        String contactNote   // absent when not recorded
) implements Result {
}
