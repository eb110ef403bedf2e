// One-to-one coaching, as the client holds it: a participant's own coaching (who their coach is, a request
// that waits, what the coach may read), a coach's caseload and the queue of people asking for a coach,
// the supervisors' assign form, daily check-ins with their trend, and the person's choice about browser
// notifications. Pure, like state.js, which merges these handlers into its one apply(state, event).

import { coachChangedNotice } from './coaching-words.js';

/** Organisation roles that coach and see the request queue (PROTOCOL.md, "Coaching"). */
const COACH_ROLES = new Set(['peer_leader', 'supervisor', 'admin']);
/** Organisation roles that assign coaches and end coaching. */
const ASSIGN_ROLES = new Set(['supervisor', 'admin']);

export const initialCoaching = Object.freeze({
    coaching: null,          // the person's own Coaching (participants): {coachId?, coachHandle?, coachSince?, conversationId?, earlierHistory, historyShared, requestedAt?}
    coachingBusy: false,
    coachingError: '',
    caseload: null,          // Caseload shown in the caseload panel: {coachId, capacity, entries}
    caseloadError: '',
    coachRequests: null,     // [CoachRequest], oldest first (staff)
    coachingNotice: '',      // what the last assign or end did, in the caseload panel
    checkins: null,          // {userId, handle, from, today, checkins}: the trend shown (own, or a participant's for their coach)
    checkinBusy: false,
    checkinNotice: '',
    checkinError: '',
    notify: Object.freeze({ permission: 'default', enabled: false }), // browser notifications: permission, and the person's opt-in
});

export const COACHING_HANDLERS = {
    // --- a participant's own coaching -----------------------------------------------------------
    'coaching.loaded': (s, e) => ({ ...s, coaching: e.coaching, coachingBusy: false, coachingError: '' }),
    'coaching.changed': (s, e) => {
        const notice = coachChangedNotice(s.coaching, e.coaching);
        return { ...s, coaching: e.coaching, coachingBusy: false, chatNotice: notice || s.chatNotice };
    },
    'coaching.busy': (s) => ({ ...s, coachingBusy: true, coachingError: '' }),
    'coaching.failed': (s, e) => ({ ...s, coachingBusy: false, coachingError: e.message }),

    // --- coaches: the caseload and the queue ----------------------------------------------------------
    'caseload.loaded': (s, e) => ({ ...s, caseload: e.caseload, caseloadError: '' }),
    'caseload.changed': (s, e) => {
        // The panel shows one coach's caseload: take a change to that one (or to one's own, before any is shown).
        const shown = s.caseload ? s.caseload.coachId : s.me?.id;
        return e.caseload.coachId === shown ? { ...s, caseload: e.caseload } : s;
    },
    'caseload.failed': (s, e) => ({ ...s, caseloadError: e.message, coachingNotice: '' }),
    'coach.requests.loaded': (s, e) => ({ ...s, coachRequests: e.requests }),
    'coach.requests.changed': (s, e) => (isCoach(s) ? { ...s, coachRequests: e.requests } : s),
    'coaching.notice': (s, e) => ({ ...s, coachingNotice: e.notice, caseloadError: '' }),

    // --- check-ins ------------------------------------------------------------------------------------
    'checkins.loaded': (s, e) => ({ ...s, checkins: e.checkins }),
    'checkin.busy': (s) => ({ ...s, checkinBusy: true, checkinError: '', checkinNotice: '' }),
    'checkin.saved': (s, e) => ({ ...s, checkinBusy: false, checkinNotice: e.notice, checkins: withCheckin(s.checkins, s.me?.id, e.checkin) }),
    'checkin.failed': (s, e) => ({ ...s, checkinBusy: false, checkinError: e.message }),
    'checkin.recorded': (s, e) => ({ ...s, checkins: withCheckin(s.checkins, e.userId, e.checkin) }),

    // --- browser notifications --------------------------------------------------------------------------
    'notify.set': (s, e) => ({ ...s, notify: { permission: e.permission, enabled: e.enabled } }),
};

/** A new role may end a coach's views. */
export const COACHING_FOLLOW_UPS = {
    'welcome': (s) => (isCoach(s) ? s : { ...s, caseload: null, coachRequests: null }),
};

function withCheckin(trend, userId, checkin) {
    if (!trend || trend.userId !== userId) return trend;
    const others = trend.checkins.filter((c) => c.day !== checkin.day);
    return { ...trend, checkins: others.concat([checkin]).sort((a, b) => a.day.localeCompare(b.day)) };
}

// --- selectors ---------------------------------------------------------------------------------

export function isParticipant(s) {
    return Boolean(s.me && s.me.role === 'participant');
}

export function isCoach(s) {
    return Boolean(s.me && COACH_ROLES.has(s.me.role));
}

export function canAssign(s) {
    return Boolean(s.me && ASSIGN_ROLES.has(s.me.role));
}

/** The caseload's unread messages and the queue's length: what the Caseload button's badge counts. */
export function caseloadAttention(s) {
    const unread = s.caseload && s.caseload.coachId === s.me?.id ? s.caseload.entries.reduce((n, e) => n + e.unread, 0) : 0;
    return { unread, waiting: s.coachRequests ? s.coachRequests.length : 0 };
}

/** People who may be given a coach, and people who may coach, from `users.list`. */
export function assignChoices(s) {
    const users = s.users || [];
    return {
        participants: users.filter((u) => u.role === 'participant'),
        coaches: users.filter((u) => COACH_ROLES.has(u.role)),
    };
}
