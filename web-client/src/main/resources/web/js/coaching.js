// The actions of coaching: a participant asks for a coach, sees who their coach is and decides whether a
// new coach may read the earlier conversation; coaches see their caseload and accept requests; supervisors
// and admins assign coaches and end coaching. Also the daily check-in and its 30-day trend. Like main.js,
// every change goes through dispatch(event) into state.apply.

import { isParticipant, isCoach, canAssign } from './coaching-state.js';
import { assignedNotice, endedNotice, CHECKIN_SAVED } from './coaching-words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';
/** Days of check-ins the trend shows. */
const TREND_DAYS = 30;

/**
 * @param ctx.connection     the Connection
 * @param ctx.dispatch       the one path into state.apply
 * @param ctx.getState       the current state
 * @param ctx.conversations  the conversation actions (to open one from the caseload)
 */
export function createCoachingActions({ connection, dispatch, getState, conversations }) {
    const request = (type, fields) => connection.request(type, fields);
    const words = (error) => (error.code === 'disconnected' ? DROPPED : error.message);

    async function loadCoaching() {
        if (!isParticipant(getState())) return;
        try {
            const { coaching } = await request('coaching.get');
            dispatch({ type: 'coaching.loaded', coaching });
        } catch (error) {
            if (getState().panel === 'coaching') dispatch({ type: 'coaching.failed', message: words(error) });
        }
    }

    async function loadCaseload(coachId) {
        try {
            const { caseload } = await request('caseload.list', coachId ? { coachId } : {});
            dispatch({ type: 'caseload.loaded', caseload });
        } catch (error) {
            dispatch({ type: 'caseload.failed', message: words(error) });
        }
    }

    async function loadRequests() {
        try {
            const { requests } = await request('coach.requests.list');
            dispatch({ type: 'coach.requests.loaded', requests });
        } catch {
            // coach.requests.changed keeps it current; asked again on the next reconnect.
        }
    }

    async function loadUsers() {
        try {
            const { users } = await request('users.list');
            dispatch({ type: 'users.loaded', users });
        } catch (error) {
            dispatch({ type: 'caseload.failed', message: words(error) });
        }
    }

    async function loadCheckins(userId) {
        try {
            const fields = userId ? { userId, days: TREND_DAYS } : { days: TREND_DAYS };
            const result = await request('checkins.list', fields);
            dispatch({ type: 'checkins.loaded', checkins: result });
        } catch (error) {
            dispatch({ type: 'checkin.failed', message: words(error) });
        }
    }

    const actions = {
        openCoaching: () => {
            dispatch({ type: 'panel.opened', panel: 'coaching' });
            loadCoaching();
            loadCheckins();
        },
        askForCoach: async (note) => {
            dispatch({ type: 'coaching.busy' });
            try {
                const { coaching } = await request('coach.request', note ? { note } : {});
                dispatch({ type: 'coaching.loaded', coaching });
            } catch (error) {
                dispatch({ type: 'coaching.failed', message: words(error) });
            }
        },
        shareHistory: async (share) => {
            dispatch({ type: 'coaching.busy' });
            try {
                const { coaching } = await request('coaching.share', { share });
                dispatch({ type: 'coaching.loaded', coaching });
            } catch (error) {
                dispatch({ type: 'coaching.failed', message: words(error) });
            }
        },
        recordCheckin: async (mood, craving, note) => {
            dispatch({ type: 'checkin.busy' });
            try {
                const fields = { mood, craving, day: localDay(new Date()) };
                if (note) fields.note = note;
                const { checkin } = await request('checkin.record', fields);
                dispatch({ type: 'checkin.saved', checkin, notice: CHECKIN_SAVED });
                return true;
            } catch (error) {
                dispatch({ type: 'checkin.failed', message: words(error) });
                return false;
            }
        },

        openCaseload: () => {
            const s = getState();
            dispatch({ type: 'panel.opened', panel: 'caseload' });
            loadCaseload(s.caseload && s.caseload.coachId !== s.me?.id ? s.caseload.coachId : undefined);
            loadRequests();
            if (canAssign(s)) loadUsers();
        },
        showCaseloadOf: (coachId) => loadCaseload(coachId),
        showCheckinsOf: (userId) => loadCheckins(userId),
        openCaseloadConversation: (conversationId) => conversations.openConversation(conversationId),
        acceptRequest: async (participantId) => {
            try {
                const { caseload } = await request('coach.request.accept', { participantId });
                dispatch({ type: 'caseload.loaded', caseload });
            } catch (error) {
                dispatch({ type: 'caseload.failed', message: words(error) });
                loadRequests(); // someone else may have taken them on first
            }
        },
        assignCoach: async (participantId, coachId, participantHandle) => {
            try {
                const { coaching } = await request('coach.assign', { participantId, coachId });
                dispatch({ type: 'coaching.notice', notice: assignedNotice(coaching, participantHandle) });
                const s = getState();
                if (s.caseload) loadCaseload(s.caseload.coachId);
                return true;
            } catch (error) {
                dispatch({ type: 'caseload.failed', message: words(error) });
                return false;
            }
        },
        endCoaching: async (participantId, participantHandle) => {
            try {
                await request('coach.end', { participantId });
                dispatch({ type: 'coaching.notice', notice: endedNotice(participantHandle) });
                const s = getState();
                if (s.caseload) loadCaseload(s.caseload.coachId);
                return true;
            } catch (error) {
                dispatch({ type: 'caseload.failed', message: words(error) });
                return false;
            }
        },
    };

    /** After every welcome: the participant's coaching, the coach's caseload and queue, and an open panel's data. */
    function afterSync() {
        const s = getState();
        if (isParticipant(s)) {
            loadCoaching();
            if (s.panel === 'coaching') loadCheckins();
        }
        if (isCoach(s)) {
            loadCaseload(s.caseload && s.caseload.coachId !== s.me?.id ? s.caseload.coachId : undefined);
            loadRequests();
        }
    }

    return { actions, afterSync };
}

/** The person's own calendar day, YYYY-MM-DD: a check-in belongs to the day they lived, not to UTC's. */
export function localDay(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
