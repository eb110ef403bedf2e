package org.kinship.protocol;

/** A referral was marked done; sent to supervisors, admins and its author. */
public record ReferralUpdated(
        Referral referral // the referral as it now stands
) implements ServerMessage {
}
