package org.kinship.server.store;

/** How many referrals of one kind are open and done. */
public record ReferralCountRow(String kind, int open, int done) {
}
