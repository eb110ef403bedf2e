// The client's state and the one function that changes it: apply(state, event) -> new state.
// Pure: no DOM, no network, no clock (events carry the time they need). Server events keep their
// wire type ("message.new", ...); events the page makes itself have names of their own.
// The moderation part (roles, sanctions, reports, audit) lives in moderation-state.js; how rooms are
// run (settings, guidelines, pins, join requests, blocks, words, invites) in room-state.js; the person's
// own sign-ins in account-state.js; the safety net (help, support, duty, alerts) in safety-state.js;
// private conversations in conversation-state.js; coaching, caseloads and check-ins in coaching-state.js;
// the organisation's settings, recovery dates and milestones, referrals and supervisors' review in
// org-settings-state.js, recovery-state.js, referrals-state.js and review-state.js.

import {
    initialModeration, MODERATION_HANDLERS, withRoomMutes, forgetModeration, withinRole,
} from './moderation-state.js';
import { initialRoomState, ROOM_HANDLERS, ROOM_FOLLOW_UPS, isListed } from './room-state.js';
import { initialAccount, ACCOUNT_HANDLERS } from './account-state.js';
import { initialSafety, SAFETY_HANDLERS, SAFETY_FOLLOW_UPS } from './safety-state.js';
import { initialConversations, CONVERSATION_HANDLERS, CONVERSATION_FOLLOW_UPS } from './conversation-state.js';
import { initialCoaching, COACHING_HANDLERS, COACHING_FOLLOW_UPS } from './coaching-state.js';
import { initialOrg, ORG_HANDLERS } from './org-settings-state.js';
import { initialRecovery, RECOVERY_HANDLERS } from './recovery-state.js';
import { initialReferrals, REFERRAL_HANDLERS, REFERRAL_FOLLOW_UPS } from './referrals-state.js';
import { initialReview, REVIEW_HANDLERS } from './review-state.js';

/** How long a "typing" event is shown unless repeated, in milliseconds. */
export const TYPING_SHOW_MS = 5000;

const EMPTY_THREAD = Object.freeze({
    bySeq: Object.freeze({}), // seq -> message, so duplicates and out-of-order arrival are harmless
    seq: 0,                   // resume cursor: highest seq held
    rev: 0,                   // resume cursor: highest rev seen
    hasMore: null,            // from the last history page; null = derive from the lowest seq held
    loadingOlder: false,
    unread: 0,
});

export const initialState = Object.freeze({
    phase: 'loading',        // loading | setup | signin | chat
    authMode: 'signin',      // signin | register | reset (when phase is signin)
    authBusy: false,
    authError: '',
    notice: '',              // calm one-line notice on the sign-in page
    me: null,                // {id, handle, role}
    limits: Object.freeze({ maxBodyChars: 4000, maxHistoryPage: 50 }),
    connection: 'connecting', // connecting | online | reconnecting | restarting
    failedAttempts: 0,        // reconnects in a row that did not get a welcome
    rooms: Object.freeze({}),   // id -> RoomInfo: {id, name, topic, joined, lastSeq, lastRev, myRole, mute, ban, settings, ...}
    openRoomId: null,
    threads: Object.freeze({}), // roomId -> thread (see EMPTY_THREAD)
    members: Object.freeze({}), // roomId -> {userId -> member}
    typing: Object.freeze({}),  // roomId -> {userId -> {handle, until}}
    pending: Object.freeze({}), // clientKey -> {roomId, clientKey, body, createdAt, status, error}
    editing: null,            // {roomId, seq} of the message being edited
    confirmingDelete: null,   // {roomId, seq} waiting for "Delete" or "Keep"
    roomError: '',            // last refused chat request, shown near the composer
    adminError: '',
    invite: null,             // {code, role, expiresAt}, shown once
    sidebarOpen: false,       // narrow screens: the room menu
    now: 0,                   // last clock tick, for typing expiry
    ...initialModeration,
    ...initialRoomState,
    ...initialAccount,
    ...initialSafety,
    ...initialConversations,
    ...initialCoaching,
    ...initialOrg,
    ...initialRecovery,
    ...initialReferrals,
    ...initialReview,
});

export function apply(state, event) {
    const handler = HANDLERS[event.type];
    const next = handler ? handler(state, event) : state;
    const followUp = ROOM_FOLLOW_UPS[event.type];
    const afterRoom = followUp ? followUp(next, event) : next;
    const safetyFollowUp = SAFETY_FOLLOW_UPS[event.type];
    const afterSafety = safetyFollowUp ? safetyFollowUp(afterRoom, event) : afterRoom;
    const convFollowUp = CONVERSATION_FOLLOW_UPS[event.type];
    const afterConv = convFollowUp ? convFollowUp(afterSafety, event) : afterSafety;
    const coachingFollowUp = COACHING_FOLLOW_UPS[event.type];
    const afterCoaching = coachingFollowUp ? coachingFollowUp(afterConv, event) : afterConv;
    const referralFollowUp = REFERRAL_FOLLOW_UPS[event.type];
    return referralFollowUp ? referralFollowUp(afterCoaching, event) : afterCoaching;
}

const HANDLERS = {
    // --- signing in -----------------------------------------------------------------------
    'status.loaded': (s, e) => e.user
        ? signedIn(s, e.user)
        : { ...s, phase: e.setupRequired ? 'setup' : 'signin', authBusy: false },
    'auth.mode': (s, e) => ({ ...s, authMode: e.mode, authError: '', notice: '' }),
    'auth.busy': (s) => ({ ...s, authBusy: true, authError: '' }),
    'auth.failed': (s, e) => ({ ...s, authBusy: false, authError: e.message }),
    'signed.in': (s, e) => signedIn(s, e.user),
    'signed.out': (s, e) => ({ ...initialState, phase: 'signin', notice: e.notice || '' }),

    // --- connection -----------------------------------------------------------------------
    'connection': (s, e) => ({
        ...s,
        connection: e.status,
        failedAttempts: e.failedAttempts || 0,
        typing: e.status === 'online' ? s.typing : {}, // no "typing" lines that can no longer end
    }),
    'welcome': (s, e) => withinRole({
        ...s,
        me: e.user,
        limits: { maxBodyChars: e.maxBodyChars, maxHistoryPage: e.maxHistoryPage },
    }),
    'tick': (s, e) => ({ ...s, now: e.now, typing: pruneTyping(s.typing, e.now) }),

    // --- rooms ----------------------------------------------------------------------------
    'rooms.loaded': (s, e) => {
        const rooms = {};
        // A closed room the person asked to join is not listed to them until a leader lets them in.
        for (const r of Object.values(s.rooms)) if (r.joinPending && !r.joined) rooms[r.id] = r;
        for (const r of e.rooms) rooms[r.id] = r;
        const openRoomId = rooms[s.openRoomId]?.joined ? s.openRoomId : null;
        return withinRole(withRoomMutes({ ...s, rooms, openRoomId }, e.rooms));
    },
    'room.upserted': (s, e) => {
        const rooms = { ...s.rooms, [e.room.id]: e.room };
        if (!e.room.joined || !s.mySanctions[e.room.id]) return { ...s, rooms };
        // Joined again: an old "removed" or "banned" notice about this room no longer applies.
        return { ...s, rooms, mySanctions: { ...s.mySanctions, [e.room.id]: { ...s.mySanctions[e.room.id], removal: undefined } } };
    },
    'room.created': (s, e) => {
        // The broadcast shows the room as seen by someone who has not joined it; keep what we know.
        const known = s.rooms[e.room.id];
        const room = known ? { ...e.room, joined: known.joined } : e.room;
        return { ...s, rooms: { ...s.rooms, [room.id]: room } };
    },
    'room.left': (s, e) => leftRoom(s, e.roomId),
    'room.opened': (s, e) => ({
        ...s,
        openRoomId: e.roomId,
        sidebarOpen: false,
        editing: null,
        confirmingDelete: null,
        menu: null,
        panel: null,
        roomError: '',
        threads: s.threads[e.roomId]
            ? { ...s.threads, [e.roomId]: { ...s.threads[e.roomId], unread: 0 } }
            : s.threads,
    }),
    'sidebar.toggled': (s) => ({ ...s, sidebarOpen: !s.sidebarOpen }),

    // --- messages -------------------------------------------------------------------------
    'resume.loaded': (s, e) => e.rooms.reduce(resumeRoom, s),
    'history.loading': (s, e) => updateThread(s, e.roomId, (t) => ({ ...t, loadingOlder: true })),
    'history.failed': (s, e) => updateThread(s, e.roomId, (t) => ({ ...t, loadingOlder: false })),
    'history.loaded': (s, e) => {
        const next = mergeMessages(s, e.roomId, e.messages, false);
        return updateThread(next, e.roomId, (t) => ({ ...t, hasMore: e.hasMore, loadingOlder: false }));
    },
    'message.new': (s, e) => clearTyping(mergeMessages(s, e.message.roomId, [e.message], true), e.message),
    'message.updated': (s, e) => mergeMessages(s, e.message.roomId, [e.message], false),
    'message.stored': (s, e) => mergeMessages({ ...s, editing: null, roomError: '' }, e.message.roomId,
        [e.message], false),

    // --- sending (a message stays in `pending` until the server has it) -------------------------
    'send.started': (s, e) => ({
        ...s,
        roomError: '',
        pending: {
            ...s.pending,
            [e.clientKey]: {
                roomId: e.roomId, clientKey: e.clientKey, body: e.body,
                createdAt: e.at, status: 'sending', error: '',
            },
        },
    }),
    'send.failed': (s, e) => updatePending(s, e.clientKey, { status: 'failed', error: e.message }),
    'send.retried': (s, e) => updatePending(s, e.clientKey, { status: 'sending', error: '' }),
    'send.discarded': (s, e) => {
        const pending = { ...s.pending };
        delete pending[e.clientKey];
        return { ...s, pending };
    },

    // --- editing and deleting one's own messages -------------------------------------------
    'edit.started': (s, e) => ({ ...s, editing: { roomId: e.roomId, seq: e.seq }, confirmingDelete: null }),
    'edit.cancelled': (s) => ({ ...s, editing: null }),
    'delete.asked': (s, e) => ({ ...s, confirmingDelete: { roomId: e.roomId, seq: e.seq }, editing: null }),
    'delete.cancelled': (s) => ({ ...s, confirmingDelete: null }),
    'delete.done': (s) => ({ ...s, confirmingDelete: null }),
    'room.failed': (s, e) => ({ ...s, roomError: e.message }),

    // --- members, presence, typing ---------------------------------------------------------
    'members.loaded': (s, e) => {
        const byId = {};
        for (const m of e.members) byId[m.userId] = m;
        return { ...s, members: { ...s.members, [e.roomId]: byId } };
    },
    'member.joined': (s, e) => ({
        ...s,
        members: { ...s.members, [e.roomId]: { ...(s.members[e.roomId] || {}), [e.member.userId]: e.member } },
    }),
    'member.left': (s, e) => {
        if (s.me && e.userId === s.me.id) return leftRoom(s, e.roomId);
        const room = { ...(s.members[e.roomId] || {}) };
        delete room[e.userId];
        return { ...s, members: { ...s.members, [e.roomId]: room } };
    },
    'presence': (s, e) => {
        const members = {};
        for (const [roomId, room] of Object.entries(s.members)) {
            const m = room[e.userId];
            members[roomId] = m ? { ...room, [e.userId]: { ...m, online: e.online } } : room;
        }
        return { ...s, members };
    },
    'typing': (s, e) => {
        if (s.me && e.userId === s.me.id) return s;
        const room = { ...(s.typing[e.roomId] || {}), [e.userId]: { handle: e.handle, until: e.at + TYPING_SHOW_MS } };
        return { ...s, typing: { ...s.typing, [e.roomId]: room } };
    },

    // --- admin -----------------------------------------------------------------------------
    'admin.failed': (s, e) => ({ ...s, adminError: e.message }),
    'admin.cleared': (s) => ({ ...s, adminError: '' }),
    'invite.created': (s, e) => ({ ...s, adminError: '', invite: e.invite }),
    'invite.dismissed': (s) => ({ ...s, invite: null }),

    ...MODERATION_HANDLERS,
    ...ROOM_HANDLERS,
    ...ACCOUNT_HANDLERS,
    ...SAFETY_HANDLERS,
    ...CONVERSATION_HANDLERS,
    ...COACHING_HANDLERS,
    ...ORG_HANDLERS,
    ...RECOVERY_HANDLERS,
    ...REFERRAL_HANDLERS,
    ...REVIEW_HANDLERS,
};

function signedIn(s, user) {
    return { ...s, phase: 'chat', me: user, authBusy: false, authError: '', notice: '', connection: 'connecting' };
}

function leftRoom(s, roomId) {
    const room = s.rooms[roomId];
    const rooms = room ? { ...s.rooms, [roomId]: { ...room, joined: false } } : s.rooms;
    const threads = { ...s.threads };
    delete threads[roomId];
    const pending = Object.fromEntries(Object.entries(s.pending).filter(([, p]) => p.roomId !== roomId));
    const mine = s.mySanctions[roomId];
    const mySanctions = mine ? { ...s.mySanctions, [roomId]: { removal: mine.removal } } : s.mySanctions;
    const next = forgetModeration({ ...s, rooms, threads, pending, mySanctions }, roomId);
    return { ...next, openRoomId: s.openRoomId === roomId ? null : s.openRoomId };
}

function resumeRoom(s, r) {
    if (r.gap) {
        // Too much was missed: drop our copy; the caller loads the newest page of history.
        const fresh = { ...EMPTY_THREAD, rev: r.lastRev, hasMore: true, loadingOlder: true };
        return { ...s, threads: { ...s.threads, [r.roomId]: fresh } };
    }
    const wasEmpty = thread(s, r.roomId).seq === 0;
    let next = mergeMessages(s, r.roomId, r.messages, !wasEmpty);
    next = mergeMessages(next, r.roomId, r.changed, false);
    // Everything up to the room's lastSeq and lastRev is now held.
    return updateThread(next, r.roomId, (t) => ({ ...t, seq: Math.max(t.seq, r.lastSeq), rev: Math.max(t.rev, r.lastRev) }));
}

/** Adds or replaces messages by seq (a newer rev wins) and moves the cursors; settles pending sends. */
function mergeMessages(s, roomId, messages, countUnread) {
    if (!messages || messages.length === 0) return s;
    const t = thread(s, roomId);
    const bySeq = { ...t.bySeq };
    let { seq, rev, unread } = t;
    let pending = s.pending;
    for (const m of messages) {
        const had = bySeq[m.seq];
        if (!had || m.rev >= had.rev) bySeq[m.seq] = m;
        if (!had && countUnread && roomId !== s.openRoomId && m.senderId !== s.me?.id && !s.blocked[m.senderId]) unread += 1;
        seq = Math.max(seq, m.seq);
        rev = Math.max(rev, m.rev);
        if (pending[m.clientKey] && m.senderId === s.me?.id) {
            pending = { ...pending };
            delete pending[m.clientKey];
        }
    }
    return { ...s, pending, threads: { ...s.threads, [roomId]: { ...t, bySeq, seq, rev, unread } } };
}

function clearTyping(s, message) {
    const room = s.typing[message.roomId];
    if (!room || !room[message.senderId]) return s;
    const next = { ...room };
    delete next[message.senderId];
    return { ...s, typing: { ...s.typing, [message.roomId]: next } };
}

function pruneTyping(typing, now) {
    const out = {};
    for (const [roomId, room] of Object.entries(typing)) {
        const kept = Object.fromEntries(Object.entries(room).filter(([, t]) => t.until > now));
        if (Object.keys(kept).length > 0) out[roomId] = kept;
    }
    return out;
}

function updateThread(s, roomId, change) {
    return { ...s, threads: { ...s.threads, [roomId]: change(thread(s, roomId)) } };
}

function updatePending(s, clientKey, change) {
    const p = s.pending[clientKey];
    return p ? { ...s, pending: { ...s.pending, [clientKey]: { ...p, ...change } } } : s;
}

// --- selectors: read-only views of the state, shared by the view and the wiring ----------------

export function thread(s, roomId) {
    return s.threads[roomId] || EMPTY_THREAD;
}

/** Joined rooms in the room list (archived ones leave it). */
export function joinedRooms(s) {
    return Object.values(s.rooms).filter((r) => r.joined && isListed(r)).sort(byName);
}

export function otherRooms(s) {
    return Object.values(s.rooms).filter((r) => !r.joined && isListed(r)).sort(byName);
}

/** The cursors to send in a `resume` for every joined room (fresh rooms: 0/0). */
export function resumeCursors(s) {
    return joinedRooms(s).map((r) => {
        const t = thread(s, r.id);
        return { roomId: r.id, afterSeq: t.seq, afterRev: t.rev };
    });
}

/** The room's messages, ascending by seq. */
export function roomMessages(s, roomId) {
    return Object.values(thread(s, roomId).bySeq).sort((a, b) => a.seq - b.seq);
}

export function oldestSeq(s, roomId) {
    const seqs = Object.keys(thread(s, roomId).bySeq).map(Number);
    return seqs.length ? Math.min(...seqs) : null;
}

/** Whether older messages exist before the ones held (seqs start at 1 and have no gaps). */
export function canLoadOlder(s, roomId) {
    const t = thread(s, roomId);
    const oldest = oldestSeq(s, roomId);
    if (oldest === null) return t.hasMore === true;
    if (t.hasMore !== null) return t.hasMore && oldest > 1;
    return oldest > 1;
}

/** Messages still on their way to the server for this room, oldest first. */
export function pendingFor(s, roomId) {
    return Object.values(s.pending).filter((p) => p.roomId === roomId).sort((a, b) => a.createdAt - b.createdAt);
}

export function sendingNow(s) {
    return Object.values(s.pending).filter((p) => p.status === 'sending');
}

/** Members of a room: online first, then by handle. */
export function membersOf(s, roomId) {
    return Object.values(s.members[roomId] || {}).sort((a, b) =>
        (b.online - a.online) || a.handle.localeCompare(b.handle));
}

/** Who is typing in a room now, leaving out people this person has blocked. */
export function typingHandles(s, roomId, now) {
    return Object.entries(s.typing[roomId] || {}).filter(([userId, t]) => t.until > now && !s.blocked[userId])
        .map(([, t]) => t.handle).sort();
}

export function findMessage(s, roomId, seq) {
    return thread(s, roomId).bySeq[seq] || null;
}

function byName(a, b) {
    return a.name.localeCompare(b.name);
}
