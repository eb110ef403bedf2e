// How rooms are run, as the client holds it: settings from `room.updated`, guidelines to agree to, slow
// mode waits, pins, closed rooms' join requests, the person's blocks, the word list and invites.
// Pure, like state.js, which merges these handlers into its one apply(state, event). Server events keep
// their wire type; the page's own have names of their own. Times come in events (`at`, `now`).

import { moderates } from './moderation-state.js';
import { unattendedMode } from './unattended.js';
import { joinApproved, joinDeclined } from './words.js';

/** Organisation roles that are staff (PROTOCOL.md, "Roles and moderation"). */
const STAFF_ROLES = new Set(['peer_leader', 'supervisor', 'admin']);

const NO_SETTINGS = Object.freeze({
    visibility: 'open', guidelines: '', guidelinesVersion: 0, locked: false, slowModeSeconds: 0, archived: false, pinned: [],
    unattended: 'open',
});

export const initialRoomState = Object.freeze({
    pinnedMessages: Object.freeze({}), // roomId -> {seq -> ChatMessage}: pinned messages fetched outside the thread
    joinRequests: Object.freeze({}),   // roomId -> [JoinRequest], oldest first (moderators)
    blocked: Object.freeze({}),        // userId -> UserInfo: people this person has blocked
    revealed: Object.freeze({}),       // "roomId:seq" -> true: a blocked person's message shown on request
    slowUntil: Object.freeze({}),      // roomId -> time (ms) from which the person may post again
    guidelinesShown: Object.freeze({}), // roomId -> true: guidelines opened again for reading
    draftReturn: null,        // {roomId, body, n}: a refused message handed back to the composer
    settingsSaved: 0,         // counts saves, so the settings form is filled again from the room
    settingsNotice: '',
    words: null,              // {rules (as stored), draft, error, notice, busy} (staff)
    invites: null,            // [InviteInfo] (admins), newest first
});

export const ROOM_HANDLERS = {
    // --- settings ---------------------------------------------------------------------------
    'room.updated': (s, e) => {
        const room = s.rooms[e.roomId];
        if (!room) return s; // Not listed here; the wiring asks rooms.list again.
        return { ...s, rooms: { ...s.rooms, [e.roomId]: { ...room, name: e.name, topic: e.topic, settings: e.settings } } };
    },
    'room.saved': (s, e) => ({
        ...withRoom(s, e.room),
        settingsSaved: s.settingsSaved + 1,
        settingsNotice: e.notice,
        panelError: '',
    }),
    'settings.notice.cleared': (s) => ({ ...s, settingsNotice: '' }),

    // --- guidelines ---------------------------------------------------------------------------
    'guidelines.accepted': (s, e) => {
        const room = s.rooms[e.roomId];
        if (!room) return s;
        const shown = { ...s.guidelinesShown };
        delete shown[e.roomId];
        return { ...s, guidelinesShown: shown, rooms: { ...s.rooms, [e.roomId]: { ...room, guidelinesAccepted: e.version } } };
    },
    'guidelines.toggled': (s, e) => ({ ...s, guidelinesShown: { ...s.guidelinesShown, [e.roomId]: !s.guidelinesShown[e.roomId] } }),

    // --- sending: slow mode, and refusals handed back to the composer -------------------------------
    'slow.wait': (s, e) => ({ ...s, now: Math.max(s.now, e.at), slowUntil: { ...s.slowUntil, [e.roomId]: e.until } }),
    'send.waiting': (s, e) => {
        const p = s.pending[e.clientKey];
        if (!p) return s;
        return {
            ...s,
            now: Math.max(s.now, e.at),
            pending: { ...s.pending, [e.clientKey]: { ...p, status: 'waiting', error: '' } },
            slowUntil: { ...s.slowUntil, [p.roomId]: e.until },
        };
    },
    'draft.returned': (s, e) => {
        const p = s.pending[e.clientKey];
        if (!p) return s;
        const pending = { ...s.pending };
        delete pending[e.clientKey];
        return {
            ...s,
            pending,
            roomError: e.message,
            draftReturn: { roomId: p.roomId, body: p.body, n: (s.draftReturn ? s.draftReturn.n : 0) + 1 },
        };
    },

    // --- closed rooms -----------------------------------------------------------------------
    'join.decided': (s, e) => {
        const room = s.rooms[e.roomId];
        const rooms = room ? { ...s.rooms, [e.roomId]: { ...room, joinPending: undefined } } : s.rooms;
        const name = room ? room.name : 'the room';
        return { ...s, rooms, chatNotice: e.approved ? joinApproved(name) : joinDeclined(name) };
    },
    'join.requested': (s, e) => {
        const list = (s.joinRequests[e.request.roomId] || []).filter((r) => r.userId !== e.request.userId);
        return { ...s, joinRequests: { ...s.joinRequests, [e.request.roomId]: list.concat([e.request]) } };
    },
    'join.requests.loaded': (s, e) => ({ ...s, joinRequests: { ...s.joinRequests, [e.roomId]: e.requests } }),
    'join.request.done': (s, e) => withoutRequest(s, e.roomId, e.userId),

    // --- pins -------------------------------------------------------------------------------
    'pins.loaded': (s, e) => {
        const held = { ...(s.pinnedMessages[e.roomId] || {}) };
        for (const m of e.messages) held[m.seq] = m;
        return { ...s, pinnedMessages: { ...s.pinnedMessages, [e.roomId]: held } };
    },

    // --- blocks -----------------------------------------------------------------------------
    'blocks.loaded': (s, e) => {
        const blocked = {};
        for (const u of e.blocked) blocked[u.id] = u;
        return { ...s, blocked };
    },
    'blocked.revealed': (s, e) => ({ ...s, revealed: { ...s.revealed, [`${e.roomId}:${e.seq}`]: true } }),

    // --- the word list (a draft until saved) ----------------------------------------------------
    'words.loaded': (s, e) => ({ ...s, words: { rules: e.rules, draft: e.rules, error: '', notice: e.notice || '', busy: false } }),
    'words.busy': (s) => (s.words ? { ...s, words: { ...s.words, busy: true, error: '', notice: '' } } : s),
    'words.failed': (s, e) => ({ ...s, words: { ...(s.words || { rules: [], draft: [] }), busy: false, error: e.message, notice: '' } }),
    'word.added': (s, e) => {
        const words = s.words || { rules: [], draft: [] };
        const word = e.word.trim();
        if (word === '') return s;
        if (words.draft.some((r) => r.word.toLowerCase() === word.toLowerCase())) {
            return { ...s, words: { ...words, error: `“${word}” is on the list already.`, notice: '' } };
        }
        const draft = words.draft.concat([{ word, action: e.action }])
            .sort((a, b) => a.word.toLowerCase().localeCompare(b.word.toLowerCase()));
        return { ...s, words: { ...words, draft, error: '', notice: '' } };
    },
    'word.removed': (s, e) => editDraft(s, (draft) => draft.filter((r) => r.word !== e.word)),
    'word.action.set': (s, e) => editDraft(s, (draft) => draft.map((r) => (r.word === e.word ? { ...r, action: e.action } : r))),

    // --- invites ------------------------------------------------------------------------------
    'invites.loaded': (s, e) => ({ ...s, invites: e.invites }),
};

/**
 * What some events also mean here, applied after state.js's own handler for the same type:
 * a member who joined is no longer waiting, a pinned copy follows edits, a sent message starts slow mode.
 */
export const ROOM_FOLLOW_UPS = {
    'member.joined': (s, e) => withoutRequest(s, e.roomId, e.member.userId),
    'message.updated': (s, e) => {
        const held = s.pinnedMessages[e.message.roomId];
        if (!held || !held[e.message.seq]) return s;
        return { ...s, pinnedMessages: { ...s.pinnedMessages, [e.message.roomId]: { ...held, [e.message.seq]: e.message } } };
    },
    'message.stored': (s, e) => {
        const roomId = e.message.roomId;
        const seconds = settingsOf(s.rooms[roomId]).slowModeSeconds;
        if (!e.sent || seconds <= 0 || moderates(s, roomId)) return s;
        return { ...s, now: Math.max(s.now, e.at), slowUntil: { ...s.slowUntil, [roomId]: e.at + seconds * 1000 } };
    },
    'room.upserted': (s, e) => (e.room.joined ? withoutRequest(s, e.room.id, s.me?.id) : s),
    'panel.opened': (s) => ({ ...s, settingsNotice: '' }),
    'sanction.applied': (s, e) => withOwnBan(s, e.sanction, false),
    'sanction.lifted': (s, e) => withOwnBan(s, e.sanction, true),
};

/** A ban on this person shows on the room in "Other rooms", as rooms.list would say, until it is lifted. */
function withOwnBan(s, sanction, lifted) {
    const room = s.rooms[sanction.roomId];
    if (!room || sanction.kind !== 'ban' || !s.me || sanction.userId !== s.me.id) return s;
    return { ...s, rooms: { ...s.rooms, [room.id]: { ...room, ban: lifted ? undefined : sanction } } };
}

/** A room from a reply, keeping what this client knows that the reply leaves out (its mute and ban). */
function withRoom(s, room) {
    const known = s.rooms[room.id] || {};
    return { ...s, rooms: { ...s.rooms, [room.id]: { ...known, ...room } } };
}

function withoutRequest(s, roomId, userId) {
    const list = s.joinRequests[roomId];
    if (!list || !list.some((r) => r.userId === userId)) return s;
    return { ...s, joinRequests: { ...s.joinRequests, [roomId]: list.filter((r) => r.userId !== userId) } };
}

function editDraft(s, change) {
    if (!s.words) return s;
    return { ...s, words: { ...s.words, draft: change(s.words.draft), error: '', notice: '' } };
}

// --- selectors ---------------------------------------------------------------------------------

export function settingsOf(room) {
    return (room && room.settings) || NO_SETTINGS;
}

export function isStaff(s) {
    return Boolean(s.me && STAFF_ROLES.has(s.me.role));
}

/** Whether the room is in the room list: archived rooms leave it. */
export function isListed(room) {
    return !settingsOf(room).archived;
}

/** Whether the person must agree to the room's current guidelines before posting (moderators never must). */
export function needsGuidelines(s, roomId) {
    const room = s.rooms[roomId];
    if (!room || !room.joined || moderates(s, roomId)) return false;
    return settingsOf(room).guidelinesVersion > (room.guidelinesAccepted || 0);
}

/** Why the room's rules keep this person from posting now: 'archived', 'locked', 'guidelines' or null. */
export function postBlock(s, roomId) {
    const settings = settingsOf(s.rooms[roomId]);
    if (settings.archived) return 'archived';
    if (settings.locked && !moderates(s, roomId)) return 'locked';
    if (unattendedMode(s.rooms[roomId], s.duty) === 'lock' && !moderates(s, roomId)) return 'unattended';
    if (needsGuidelines(s, roomId)) return 'guidelines';
    return null;
}

/** Whether the person's own messages may be edited here (archive and lock stop edits; guidelines do not). */
export function roomAllowsEdits(s, roomId) {
    const block = postBlock(s, roomId);
    return block === null || block === 'guidelines' || block === 'unattended';
}

/** Milliseconds until slow mode lets this person post again in the room; 0 when they may. */
export function slowWait(s, roomId) {
    const until = s.slowUntil[roomId] || 0;
    return Math.max(0, until - s.now);
}

/** Whether the page needs clock ticks (a slow mode countdown is running). */
export function needsTick(s, now) {
    return Object.values(s.slowUntil).some((until) => until > now);
}

export function isBlocked(s, userId) {
    return Boolean(s.blocked[userId]);
}

export function isRevealed(s, roomId, seq) {
    return Boolean(s.revealed[`${roomId}:${seq}`]);
}

export function isPinned(s, roomId, seq) {
    return settingsOf(s.rooms[roomId]).pinned.includes(seq);
}

/** The pins of a room, oldest first: [{seq, message}], message null when not held yet; deleted ones left out. */
export function pinnedItems(s, roomId) {
    const thread = s.threads[roomId];
    const held = s.pinnedMessages[roomId] || {};
    return settingsOf(s.rooms[roomId]).pinned
        .map((seq) => ({ seq, message: (thread && thread.bySeq[seq]) || held[seq] || null }))
        .filter((p) => !p.message || (!p.message.deletedAt && typeof p.message.body === 'string'));
}

/** Pinned seqs of a room that the client holds nowhere. */
export function missingPins(s, roomId) {
    return pinnedItems(s, roomId).filter((p) => !p.message).map((p) => p.seq);
}

export function joinRequestsFor(s, roomId) {
    return s.joinRequests[roomId] || [];
}

/** Closed rooms this person moderates and belongs to: where join requests may wait. */
export function closedModeratedRooms(s) {
    return Object.values(s.rooms).filter((r) => r.joined && isListed(r) && settingsOf(r).visibility === 'closed'
        && moderates(s, r.id));
}

/** Whether a settings panel may be open for the room. */
export function mayRunRoom(s, roomId) {
    const room = s.rooms[roomId];
    return Boolean(room && room.joined && moderates(s, roomId));
}

/** A room's name, topic and settings as the settings form shows them. */
export function settingsForm(room) {
    const now = settingsOf(room);
    return {
        name: room.name, topic: room.topic || '', guidelines: now.guidelines, visibility: now.visibility,
        locked: now.locked, slowModeSeconds: now.slowModeSeconds, archived: now.archived,
        unattended: now.unattended || 'open', retentionDays: now.retentionDays || 0, // 0: the organisation's default
    };
}

/**
 * The fields the person changed in the form since it was filled (`shown`): what a `room.update` carries.
 * Compared with what was shown, not with the room now, so another leader's change meanwhile is not undone.
 */
export function changedSettings(shown, form) {
    const changes = {};
    for (const [key, value] of Object.entries(form)) {
        if (value !== shown[key]) changes[key] = value;
    }
    return changes;
}
