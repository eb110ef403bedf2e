// The person's own account: where they are signed in (list, end one, end all others), their password,
// and, after each (re)connect, the sanctions on them they have not seen yet (`sanctions.mine`), told
// through the same events as live ones. For admins, other people's accounts: a reset code, signing them
// out everywhere, disabling or enabling. Like main.js, every change goes through dispatch(event) into
// state.apply. Which sanctions this device has shown is kept in localStorage, per person.

import * as api from './api.js';
import { otherSessions, passwordProblem } from './account-state.js';
import { missedSanctions, visibleSanctionIds } from './moderation-state.js';
import {
    sessionsEnded, PASSWORD_PROBLEMS, CURRENT_PASSWORD_WRONG, PASSWORD_CHANGED, sessionsEndedFor, disabledNotice,
} from './words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';
/** The most sanction ids remembered per person (the server sends 30 days' worth; a few at most). */
const SHOWN_KEEP = 200;

/**
 * @param ctx.connection  the Connection
 * @param ctx.dispatch    the one path into state.apply
 * @param ctx.getState    the current state
 * @param ctx.moderation  the moderation actions' openDialog and runDialog, and addForms to handle new forms
 */
export function createAccountActions({ connection, dispatch, getState, moderation }) {
    const request = (type, fields) => connection.request(type, fields);
    const shown = createShownStore();

    function failed(error) {
        dispatch({ type: 'sessions.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
    }

    async function loadSessions(fresh) {
        dispatch({ type: 'sessions.loading', fresh });
        try {
            const { sessions } = await request('sessions.list');
            dispatch({ type: 'sessions.loaded', sessions });
        } catch (error) {
            failed(error);
        }
    }

    /** Ends one sign-in; one that is already gone counts as ended. */
    async function end(sessionId) {
        try {
            await request('session.end', { sessionId });
        } catch (error) {
            if (error.code !== 'not_found') throw error;
        }
        dispatch({ type: 'session.ended', sessionId });
    }

    moderation.addForms({
        resetCode: () => dispatch({ type: 'dialog.closed' }), // Done: the code is forgotten
        endUserSessions: (d) => moderation.runDialog(() => request('user.sessions.end', { userId: d.userId }),
            sessionsEndedFor(d.handle)),
        setDisabled: (d) => moderation.runDialog(async () => {
            await request('user.disabled.set', { userId: d.userId, disabled: d.disabled });
            dispatch({ type: 'account.disabled.noted', userId: d.userId, disabled: d.disabled });
        }, disabledNotice(d.handle, d.disabled)),
    });

    const actions = {
        openSessions: () => {
            dispatch({ type: 'panel.opened', panel: 'sessions' });
            loadSessions(true);
        },
        endSession: async (sessionId) => {
            dispatch({ type: 'sessions.ending', sessionIds: [sessionId] });
            try {
                await end(sessionId);
                dispatch({ type: 'sessions.notice', notice: sessionsEnded(1) });
            } catch (error) {
                failed(error);
            }
            loadSessions(false);
        },
        endOtherSessions: async () => {
            const ids = otherSessions(getState()).map((one) => one.sessionId);
            dispatch({ type: 'sessions.ending', sessionIds: ids });
            let count = 0;
            try {
                for (const id of ids) {
                    await end(id);
                    count += 1;
                }
                dispatch({ type: 'sessions.notice', notice: sessionsEnded(count) });
            } catch (error) {
                failed(error);
            }
            loadSessions(false);
        },

        openPasswordForm: () => dispatch({ type: 'password.opened' }),
        closePasswordForm: () => dispatch({ type: 'password.closed' }),
        /** Resolves true once changed; the other sign-ins have ended, so the list is asked for again. */
        changePassword: async (current, next, again) => {
            const problem = passwordProblem(next, again);
            if (problem) {
                dispatch({ type: 'password.failed', message: PASSWORD_PROBLEMS[problem] });
                return false;
            }
            dispatch({ type: 'password.busy' });
            try {
                await api.changePassword(current, next);
            } catch (error) {
                const message = error.code === 'invalid_credentials' ? CURRENT_PASSWORD_WRONG : error.message;
                dispatch({ type: 'password.failed', message });
                return false;
            }
            dispatch({ type: 'password.changed', notice: PASSWORD_CHANGED });
            if (getState().panel === 'sessions') loadSessions(false);
            return true;
        },

        // --- admins: someone else's account ---------------------------------------------------
        makeResetCode: async (userId, handle) => {
            try {
                const { code, expiresAt } = await request('user.reset.create', { userId });
                moderation.openDialog({ form: 'resetCode', userId, handle, code, expiresAt });
            } catch (error) {
                dispatch({ type: 'panel.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
            }
        },
        askEndUserSessions: (userId, handle) => moderation.openDialog({ form: 'endUserSessions', userId, handle }),
        askSetDisabled: (userId, handle, disabled) => moderation.openDialog({ form: 'setDisabled', userId, handle, disabled }),
    };

    /** After every welcome: sanctions on the person that this device has not shown yet. */
    async function afterSync() {
        const s = getState();
        if (!s.me) return;
        let sanctions;
        try {
            ({ sanctions } = await request('sanctions.mine'));
        } catch {
            return; // Asked again after the next reconnect.
        }
        const missed = missedSanctions(getState(), sanctions, shown.ids(s.me.id), Date.now());
        shown.add(s.me.id, missed.skip);
        for (const sanction of missed.inForce) dispatch({ type: 'sanction.applied', sanction });
        for (const sanction of missed.past) dispatch({ type: 'sanction.past', sanction });
    }

    /** After every render: what is on the page now has been shown, so it is not told again. */
    function afterRender(s) {
        if (s.me) shown.add(s.me.id, visibleSanctionIds(s));
    }

    return { actions, afterSync, afterRender };
}

/** Sanction ids shown on this device, per person; forgiving when storage is unavailable (private mode). */
function createShownStore() {
    const cache = new Map(); // userId -> Set of ids
    const key = (userId) => `kinship.sanctions-shown.${userId}`;

    function ids(userId) {
        if (!cache.has(userId)) {
            let stored = [];
            try {
                stored = JSON.parse(localStorage.getItem(key(userId)) || '[]');
            } catch {
                // Nothing remembered: at worst a notice is shown again.
            }
            cache.set(userId, new Set(Array.isArray(stored) ? stored.filter(Number.isInteger) : []));
        }
        return cache.get(userId);
    }

    function add(userId, newIds) {
        const set = ids(userId);
        const fresh = newIds.filter((id) => !set.has(id));
        if (fresh.length === 0) return;
        for (const id of fresh) set.add(id);
        const kept = [...set].sort((a, b) => a - b).slice(-SHOWN_KEEP);
        try {
            localStorage.setItem(key(userId), JSON.stringify(kept));
        } catch {
            // Kept for this page only.
        }
    }

    return { ids, add };
}
