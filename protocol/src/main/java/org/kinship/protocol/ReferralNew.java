package org.kinship.protocol;

/** A referral was made; sent to supervisors, admins and its author. */
public record ReferralNew(
        Referral referral // the new referral
) implements ServerMessage {
}
