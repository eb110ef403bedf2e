package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListReferrals}. */
public record ReferralsResult(
        List<Referral> referrals,    // newest first, at most 200
        List<ReferralCount> counts   // one per kind, every kind: the organisation's, or a peer leader's own
) implements Result {
}
