package org.kinship.protocol;

/** Reply to {@link CreateReferral} and {@link CompleteReferral}. */
public record ReferralResult(
        Referral referral // the referral as it now stands
) implements Result {
}
