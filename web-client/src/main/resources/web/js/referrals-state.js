// Referrals, as staff see them (PROTOCOL.md, "Referrals"): the list shown in the Referrals panel (open or
// done, with the counts by kind), kept current by `referral.new` and `referral.updated`; the coach's form
// to record one from the caseload; a supervisor's "Mark done" with its note. Participants never hold any.
// Pure, like state.js, which merges these handlers into its one apply(state, event).

const STAFF_ROLES = new Set(['peer_leader', 'supervisor', 'admin']);
const OVERSEER_ROLES = new Set(['supervisor', 'admin']);

export const initialReferrals = Object.freeze({
    referrals: null,      // {status: 'open'|'done', list: [Referral], counts: [ReferralCount], known: {id -> status}}; null until asked
    referralDraft: null,  // {participantId, handle, busy, error}: the coach's form, while open
    referralNotice: '',   // what the last save did, in the caseload panel
    referralFinish: null, // {id, busy, error}: "Mark done" asking for its note
});

export const REFERRAL_HANDLERS = {
    'referrals.loaded': (s, e) => ({
        ...s,
        referrals: { status: e.status, list: e.referrals, counts: e.counts, known: Object.fromEntries(e.referrals.map((r) => [r.id, r.status])) },
    }),
    'referral.new': (s, e) => withReferral(s, e.referral),
    'referral.updated': (s, e) => withReferral(s, e.referral),

    'referral.drafting': (s, e) => ({
        ...s, referralNotice: '', referralDraft: { participantId: e.participantId, handle: e.handle, busy: false, error: '' },
    }),
    'referral.draft.closed': (s) => ({ ...s, referralDraft: null }),
    'referral.saving': (s) => (s.referralDraft ? { ...s, referralDraft: { ...s.referralDraft, busy: true, error: '' } } : s),
    'referral.saved': (s, e) => withReferral({ ...s, referralDraft: null, referralNotice: e.notice }, e.referral),
    'referral.failed': (s, e) => (s.referralDraft ? { ...s, referralDraft: { ...s.referralDraft, busy: false, error: e.message } } : s),

    'referral.finishing': (s, e) => ({ ...s, referralFinish: { id: e.id, busy: false, error: '' } }),
    'referral.finish.closed': (s) => ({ ...s, referralFinish: null }),
    'referral.finish.busy': (s) => (s.referralFinish ? { ...s, referralFinish: { ...s.referralFinish, busy: true, error: '' } } : s),
    'referral.finish.failed': (s, e) => (s.referralFinish ? { ...s, referralFinish: { ...s.referralFinish, busy: false, error: e.message } } : s),
    'referral.finished': (s, e) => withReferral({ ...s, referralFinish: null }, e.referral),
};

/** A new role may end these views (a participant never holds a referral). */
export const REFERRAL_FOLLOW_UPS = {
    'welcome': (s) => (s.me && STAFF_ROLES.has(s.me.role) ? s : { ...s, referrals: null, referralDraft: null, referralFinish: null }),
};

/**
 * Adds, moves or drops a referral in the list shown, and counts it once: an event may follow our own reply.
 * `known` holds the status this page last counted for each referral it has heard of.
 */
function withReferral(s, r) {
    const shown = s.referrals;
    if (!shown) return s;
    const before = shown.known[r.id];
    let counts = shown.counts;
    if (before === undefined && r.status === 'open') counts = bump(counts, r.kind, 1, 0);
    else if (before !== 'done' && r.status === 'done') counts = bump(counts, r.kind, -1, 1);
    let list = shown.list.filter((x) => x.id !== r.id);
    if (r.status === shown.status) list = [r].concat(list).sort((a, b) => b.id - a.id);
    return { ...s, referrals: { ...shown, list, counts, known: { ...shown.known, [r.id]: r.status } } };
}

function bump(counts, kind, open, done) {
    return counts.map((c) => (c.kind === kind ? { ...c, open: Math.max(0, c.open + open), done: c.done + done } : c));
}

// --- selectors ---------------------------------------------------------------------------------

export function seesReferrals(s) {
    return Boolean(s.me && STAFF_ROLES.has(s.me.role));
}

/** Supervisors and admins: see every referral and mark them done. */
export function finishesReferrals(s) {
    return Boolean(s.me && OVERSEER_ROLES.has(s.me.role));
}

/** Open referrals of every kind, for the badge (the organisation's for supervisors and admins, one's own for a peer leader). */
export function openReferralCount(s) {
    return s.referrals ? s.referrals.counts.reduce((n, c) => n + c.open, 0) : 0;
}
