package org.kinship.protocol;

/** How many referrals of one kind are open and done. */
public record ReferralCount(
        ReferralKind kind, // to whom
        int open,          // not yet done
        int done           // marked done
) {
}
