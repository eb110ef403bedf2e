// Wiring: the one dispatch(event) path into state.apply, the actions the view calls, and what
// happens on each (re)connect: who is on duty (and the staff's open alerts), private conversations and
// coaching (conversations.js, coaching.js), the organisation's settings and open referrals, list rooms,
// resume every joined room, resend what was not confirmed, and ask for sanctions on the person this
// device has not shown yet.

import * as api from './api.js';
import { Connection } from './connection.js';
import {
    apply, initialState, resumeCursors, sendingNow, oldestSeq, canLoadOlder, thread, findMessage, joinedRooms,
} from './state.js';
import { canPost } from './moderation-state.js';
import { needsTick, postBlock } from './room-state.js';
import { createModerationActions } from './moderation.js';
import { createRoomActions } from './room-tools.js';
import { createAccountActions } from './account.js';
import { createSafetyActions } from './safety.js';
import { createConversationActions } from './conversations.js';
import { createCoachingActions } from './coaching.js';
import { createOrgActions } from './org-settings.js';
import { createRecoveryActions } from './recovery.js';
import { createReferralActions } from './referrals.js';
import { createReviewActions } from './review.js';
import { createDataRights } from './data-rights.js';
import { passwordProblem } from './account-state.js';
import { PASSWORD_PROBLEMS, PASSWORD_RESET_DONE } from './words.js';
import { createView } from './view.js';

/** The most rooms one `resume` may carry (the server's limit). */
const RESUME_BATCH = 100;
/** Send "typing" at most this often, in milliseconds. */
const TYPING_EVERY_MS = 3000;
/** How often typing lines and slow mode waits are checked, in milliseconds. */
const TICK_MS = 1000;
/** Refusals after which the message goes back into the composer, to change it or to send once allowed. */
const HAND_BACK = new Set(['blocked_word', 'guidelines_not_accepted']);
/** Refusals that mean the client's picture of the room is out of date: list the rooms again. */
const ROOM_CHANGED = new Set(['muted', 'forbidden', 'room_locked', 'room_archived', 'guidelines_not_accepted']);

let state = initialState;
let renderQueued = false;
let lastTypingSent = 0;

const connection = new Connection({
    onEvent: (message) => {
        dispatch({ ...message, at: Date.now() });
        if (message.type === 'welcome') {
            synchronise();
        } else {
            moderation.afterEvent(message);
            roomTools.afterEvent(message);
            conversations.afterEvent(message);
        }
    },
    onStatus: (status, failedAttempts) => dispatch({ type: 'connection', status, failedAttempts }),
    onSessionEnded: () => signedOut('Your session has ended. Please sign in again.'),
    onRoleChanged: () => dispatch({ type: 'role.changed' }),
    isSignedIn: async () => {
        try {
            return Boolean((await api.status()).user);
        } catch {
            return true; // Cannot tell (server unreachable): keep trying.
        }
    },
});

function dispatch(event) {
    state = apply(state, event);
    if (!renderQueued) {
        // One render for all the events handled in this turn. Not requestAnimationFrame: it pauses in
        // background tabs, where the title's unread count should still change.
        renderQueued = true;
        queueMicrotask(() => {
            renderQueued = false;
            view.render(state);
            account.afterRender(state);
            conversations.afterRender(state);
            dataRights.render(state);
        });
    }
    return event;
}

/** A refused request: show the server's words near where the person acted. */
function failed(type) {
    return (error) => {
        if (error.code !== 'disconnected') dispatch({ type, message: error.message });
        return null;
    };
}

// --- after every welcome ---------------------------------------------------------------------

async function synchronise() {
    safety.afterSync(); // who is on duty, and the staff's open alerts: needed first, and apart from the rooms
    conversations.afterSync(); // private conversations and coaching: apart from the rooms, with their own resume
    coaching.afterSync();
    org.afterSync(); // who may write to whom, review, erasure: anyone may read them
    referrals.afterSync();
    try {
        const { rooms } = await connection.request('rooms.list');
        dispatch({ type: 'rooms.loaded', rooms });
        await resume(resumeCursors(state));
        if (state.openRoomId === null && state.panel === null && state.openConversationId === null
            && joinedRooms(state).length > 0) openRoom(joinedRooms(state)[0].id);
        else if (state.openRoomId !== null) loadMembers(state.openRoomId);
        for (const p of sendingNow(state)) trySend(p.clientKey);
        moderation.loadReports();
        roomTools.afterSync();
        account.afterSync();
    } catch (error) {
        failed('room.failed')(error);
    }
}

async function resume(cursors) {
    for (let i = 0; i < cursors.length; i += RESUME_BATCH) {
        const result = await connection.request('resume', { rooms: cursors.slice(i, i + RESUME_BATCH) });
        dispatch({ type: 'resume.loaded', rooms: result.rooms });
        for (const r of result.rooms) if (r.gap) loadHistory(r.roomId, undefined);
    }
}

function loadHistory(roomId, beforeSeq) {
    const fields = { roomId, limit: state.limits.maxHistoryPage };
    if (beforeSeq !== undefined) fields.beforeSeq = beforeSeq;
    dispatch({ type: 'history.loading', roomId });
    connection.request('history', fields)
        .then((r) => dispatch({ type: 'history.loaded', roomId, messages: r.messages, hasMore: r.hasMore }))
        .catch((error) => {
            dispatch({ type: 'history.failed', roomId });
            failed('room.failed')(error);
        });
}

function loadMembers(roomId) {
    connection.request('room.members', { roomId })
        .then((r) => dispatch({ type: 'members.loaded', roomId: r.roomId, members: r.members }))
        .catch(() => {}); // The list fills in on the next open or reconnect.
}

function trySend(clientKey) {
    const p = state.pending[clientKey];
    if (!p || !connection.isOnline) return; // Sent after the next resume.
    connection.request('message.send', { roomId: p.roomId, clientKey, body: p.body })
        .then((r) => dispatch({ type: 'message.stored', message: r.message, sent: true, at: Date.now() }))
        .catch((error) => {
            if (error.code === 'disconnected') return; // Resent, with the same key, after reconnecting.
            if (error.code === 'slow_mode') {
                // Held, in sight, and sent by itself when the wait is over (like rate_limited and busy).
                const at = Date.now();
                dispatch({ type: 'send.waiting', clientKey, at, until: at + error.retryAfterMs });
                setTimeout(() => {
                    if (state.pending[clientKey]?.status !== 'waiting') return; // discarded meanwhile
                    dispatch({ type: 'send.retried', clientKey });
                    trySend(clientKey);
                }, error.retryAfterMs);
            } else if (error.retryAfterMs) {
                setTimeout(() => trySend(clientKey), error.retryAfterMs);
            } else if (HAND_BACK.has(error.code)) {
                dispatch({ type: 'draft.returned', clientKey, message: error.message });
            } else {
                dispatch({ type: 'send.failed', clientKey, message: error.message });
            }
            // The room list says why (its `mute`, `myRole`, settings and accepted guidelines).
            if (ROOM_CHANGED.has(error.code)) refreshRooms();
        });
}

function refreshRooms() {
    return connection.request('rooms.list')
        .then(({ rooms }) => dispatch({ type: 'rooms.loaded', rooms }))
        .catch(() => {}); // The next reconnect lists them again.
}

function openRoom(roomId) {
    dispatch({ type: 'room.opened', roomId });
    loadMembers(roomId);
    roomTools.loadPins(roomId);
}

function signedOut(notice) {
    connection.stop();
    dispatch({ type: 'signed.out', notice });
}

// --- what the person can do ------------------------------------------------------------------

/** Resolves true once signed in. */
async function signIn(call) {
    dispatch({ type: 'auth.busy' });
    try {
        const { user } = await call();
        dispatch({ type: 'signed.in', user });
        connection.start();
        return true;
    } catch (error) {
        dispatch({ type: 'auth.failed', message: error.message });
        return false;
    }
}

const actions = {
    setAuthMode: (mode) => dispatch({ type: 'auth.mode', mode }),
    setup: (code, handle, password) => signIn(() => api.setup(code, handle, password)),
    login: (handle, password) => signIn(() => api.login(handle, password)),
    register: (invite, handle, password) => signIn(() => api.register(invite, handle, password)),
    resetPassword: async (code, password, again) => {
        const problem = passwordProblem(password, again);
        if (problem) {
            dispatch({ type: 'auth.failed', message: PASSWORD_PROBLEMS[problem] });
        } else if (await signIn(() => api.resetPassword(code, password))) {
            dispatch({ type: 'notice.shown', notice: PASSWORD_RESET_DONE });
        }
    },
    signOut: async () => {
        connection.stop(); // First, so the server's 4001 close is not taken for an ended session.
        try {
            await api.logout();
        } catch {
            // Signed out here regardless; the server forgets the session when it expires.
        }
        signedOut('You have signed out. Take care.');
    },
    toggleSidebar: () => dispatch({ type: 'sidebar.toggled' }),
    openRoom,
    joinRoom: async (roomId) => {
        try {
            const { room } = await connection.request('room.join', { roomId });
            dispatch({ type: 'room.upserted', room });
            if (!room.joined) return; // A closed room: the request waits for a leader (join.decided).
            await resume([{ roomId, afterSeq: 0, afterRev: 0 }]);
            openRoom(roomId);
        } catch (error) {
            failed('room.failed')(error);
        }
    },
    leaveRoom: (roomId) => connection.request('room.leave', { roomId })
        .then(() => dispatch({ type: 'room.left', roomId }))
        .catch(failed('room.failed')),
    loadOlder: () => {
        const roomId = state.openRoomId;
        if (roomId === null || thread(state, roomId).loadingOlder || !canLoadOlder(state, roomId)) return;
        const oldest = oldestSeq(state, roomId);
        loadHistory(roomId, oldest === null ? undefined : oldest);
    },
    send: (body) => {
        const clientKey = newClientKey();
        lastTypingSent = 0; // Others' "typing" line ends with this message; the next words may start it again.
        dispatch({ type: 'send.started', roomId: state.openRoomId, clientKey, body, at: Date.now() });
        trySend(clientKey);
    },
    retrySend: (clientKey) => {
        dispatch({ type: 'send.retried', clientKey });
        trySend(clientKey);
    },
    discardSend: (clientKey) => dispatch({ type: 'send.discarded', clientKey }),
    typing: () => {
        const now = Date.now();
        if (now - lastTypingSent < TYPING_EVERY_MS || state.openRoomId === null || !canPost(state, state.openRoomId)
            || postBlock(state, state.openRoomId) !== null) return;
        lastTypingSent = now;
        connection.request('typing', { roomId: state.openRoomId }).catch(() => {});
    },
    startEdit: (seq) => dispatch({ type: 'edit.started', roomId: state.openRoomId, seq }),
    cancelEdit: () => dispatch({ type: 'edit.cancelled' }),
    saveEdit: (seq, body) => {
        const roomId = state.openRoomId;
        if (findMessage(state, roomId, seq)?.body === body) return dispatch({ type: 'edit.cancelled' });
        return connection.request('message.edit', { roomId, seq, body })
            .then((r) => dispatch({ type: 'message.stored', message: r.message }))
            .catch((error) => {
                failed('room.failed')(error);
                if (ROOM_CHANGED.has(error.code)) refreshRooms();
            });
    },
    askDelete: (seq) => dispatch({ type: 'delete.asked', roomId: state.openRoomId, seq }),
    cancelDelete: () => dispatch({ type: 'delete.cancelled' }),
    confirmDelete: (seq) => connection.request('message.delete', { roomId: state.openRoomId, seq })
        .then((r) => {
            dispatch({ type: 'delete.done' });
            dispatch({ type: 'message.stored', message: r.message });
        })
        .catch(failed('room.failed')),
    createRoom: async (name, topic) => {
        dispatch({ type: 'admin.cleared' });
        try {
            let { room } = await connection.request('room.create', topic ? { name, topic } : { name });
            if (!room.joined) room = (await connection.request('room.join', { roomId: room.id })).room;
            dispatch({ type: 'room.upserted', room });
            await resume([{ roomId: room.id, afterSeq: 0, afterRev: 0 }]);
            openRoom(room.id);
            return true;
        } catch (error) {
            failed('admin.failed')(error);
            return false;
        }
    },
    createInvite: (role) => connection.request('invite.create', { role })
        .then((invite) => dispatch({ type: 'invite.created', invite }))
        .catch(failed('admin.failed')),
    dismissInvite: () => dispatch({ type: 'invite.dismissed' }),
};

const moderation = createModerationActions({ connection, dispatch, getState: () => state });
Object.assign(actions, moderation.actions);
const roomTools = createRoomActions({
    connection, dispatch, getState: () => state, moderation,
    rooms: { refresh: refreshRooms, resume, open: openRoom },
});
Object.assign(actions, roomTools.actions);
const account = createAccountActions({ connection, dispatch, getState: () => state, moderation });
Object.assign(actions, account.actions);
const safety = createSafetyActions({ connection, dispatch, getState: () => state, moderation });
Object.assign(actions, safety.actions);
const conversations = createConversationActions({ connection, dispatch, getState: () => state, newClientKey });
Object.assign(actions, conversations.actions);
const coaching = createCoachingActions({ connection, dispatch, getState: () => state, conversations: conversations.actions });
Object.assign(actions, coaching.actions);
const org = createOrgActions({ connection, dispatch });
Object.assign(actions, org.actions);
const recovery = createRecoveryActions({ connection, dispatch, getState: () => state });
Object.assign(actions, recovery.actions);
actions.openCoaching = () => { // the coaching panel also holds the person's private recovery date
    coaching.actions.openCoaching();
    recovery.load();
};
const referrals = createReferralActions({ connection, dispatch, getState: () => state });
Object.assign(actions, referrals.actions);
const review = createReviewActions({ connection, dispatch, getState: () => state });
Object.assign(actions, review.actions);

/**
 * A key for idempotent sends: the time in base 36, then 80 random bits. Keys made in time order keep
 * the server's index of them growing at one end, so storing a message writes fewer pages.
 */
function newClientKey() {
    const bytes = crypto.getRandomValues(new Uint8Array(10));
    return Date.now().toString(36).padStart(9, '0') + '-' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// --- start -----------------------------------------------------------------------------------

const view = createView(actions);
const dataRights = createDataRights({ dispatch, getState: () => state, signedOut });

setInterval(() => {
    const now = Date.now();
    if (Object.keys(state.typing).length > 0 || needsTick(state, now) || needsTick(state, state.now)) dispatch({ type: 'tick', now });
}, TICK_MS);
window.addEventListener('online', () => connection.reconnectNow());

async function start() {
    try {
        const status = await api.status();
        dispatch({ type: 'status.loaded', setupRequired: status.setupRequired, user: status.user });
        if (status.user) connection.start();
    } catch (error) {
        dispatch({ type: 'status.loaded', setupRequired: false });
        dispatch({ type: 'auth.failed', message: error.message });
    }
}

start();
