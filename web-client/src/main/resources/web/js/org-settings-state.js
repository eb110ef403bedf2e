// The organisation's settings as the client holds them (`org.settings.get`, then `org.settings.changed`),
// and the admins' form for them. Pure, like state.js, which merges these handlers into its one
// apply(state, event). The settings decide who may write to whom, whether supervisors may review coaching,
// and what deleting an account does to a person's messages.

export const ERASURE_MODES = ['tombstone', 'remove'];

export const initialOrg = Object.freeze({
    orgSettings: null,       // OrgSettings: {participantDirectMessages, supervisorReview, quietAfterDays, coachCapacity, retentionDays?, erasure}
    orgForm: Object.freeze({ busy: false, error: '', notice: '', saved: 0 }), // the admins' form; `saved` counts saves, to fill it again
});

export const ORG_HANDLERS = {
    'org.settings.loaded': (s, e) => ({ ...s, orgSettings: e.settings }),
    'org.settings.changed': (s, e) => {
        const next = { ...s, orgSettings: e.settings };
        // Review ends at once when the organisation turns it off.
        return next.panel === 'review' && !e.settings.supervisorReview ? { ...next, panel: null, review: null } : next;
    },
    'org.saving': (s) => ({ ...s, orgForm: { ...s.orgForm, busy: true, error: '', notice: '' } }),
    'org.saved': (s, e) => ({
        ...s, orgSettings: e.settings, orgForm: { busy: false, error: '', notice: e.notice, saved: s.orgForm.saved + 1 },
    }),
    'org.failed': (s, e) => ({ ...s, orgForm: { ...s.orgForm, busy: false, error: e.message, notice: '' } }),
    'org.edited': (s) => (s.orgForm.notice || s.orgForm.error ? { ...s, orgForm: { ...s.orgForm, error: '', notice: '' } } : s),
};

// --- selectors ---------------------------------------------------------------------------------

/** Whether participants may not write to each other one to one (the cautious default until the settings are known). */
export function directMessagesOff(s) {
    return !(s.orgSettings && s.orgSettings.participantDirectMessages);
}

/** Whether this person may review coaching conversations: a supervisor, while the organisation allows it. */
export function mayReview(s) {
    return Boolean(s.me && s.me.role === 'supervisor' && s.orgSettings && s.orgSettings.supervisorReview);
}

/** Whether former members' tombstones are hidden (`erasure` `remove`) rather than shown. */
export function hidesFormerMembers(s) {
    return Boolean(s.orgSettings && s.orgSettings.erasure === 'remove');
}

/** A tombstone left by someone who deleted their account (PROTOCOL.md, "Your data"). */
export function isFormerMember(m) {
    return typeof m.senderHandle === 'string' && m.senderHandle.startsWith('former member')
        && (Boolean(m.deletedAt) || typeof m.body !== 'string');
}
