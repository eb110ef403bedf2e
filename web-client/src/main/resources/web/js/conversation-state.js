// Private conversations (one to one: a participant and their coach, or two people writing directly), as
// the client holds them: the list with unread counts and read receipts, each opened conversation's
// messages by seq, the sends still on their way, typing, and which one is open. Pure, like state.js,
// which merges these handlers into its one apply(state, event). Server events keep their wire type
// ("conversation.message", "conversations.changed", ...); the page's own start with "conv.".

/** How long a "typing" line is shown unless repeated, in milliseconds (as in rooms). */
const TYPING_SHOW_MS = 5000;

const EMPTY_CONV_THREAD = Object.freeze({
    bySeq: Object.freeze({}), // seq -> ConversationMessage; a copy with a higher rev wins
    seq: 0,                   // resume cursor: highest seq held
    rev: 0,                   // resume cursor: highest rev seen
    hasMore: null,            // from the last history page; null = derive from the lowest seq held
    loadingOlder: false,
    loaded: false,            // a first page (or a resume) has been merged
});

export const initialConversations = Object.freeze({
    conversations: Object.freeze({}), // id -> Conversation (PROTOCOL.md): kind, withHandle, unread, readSeq, otherReadSeq, readOnly, ...
    conversationsLoaded: false,
    openConversationId: null,
    convThreads: Object.freeze({}),   // conversationId -> thread (see EMPTY_CONV_THREAD)
    convPending: Object.freeze({}),   // clientKey -> {conversationId, clientKey, body, createdAt, status, error}
    convEditing: null,                // seq of the own message being edited in the open conversation
    convConfirmingDelete: null,       // seq waiting for "Delete" or "Keep"
    convTyping: Object.freeze({}),    // conversationId -> {handle, until}
    convError: '',                    // the last refused request, shown under the open conversation's composer
    pageVisible: true,                // whether the tab is on screen: messages seen then are marked read
});

export const CONVERSATION_HANDLERS = {
    // --- the list --------------------------------------------------------------------------------
    'conv.listed': (s, e) => withList(s, e.conversations, false),
    'conversations.changed': (s, e) => withList(s, e.conversations, true),
    'conv.upserted': (s, e) => ({ ...s, conversations: { ...s.conversations, [e.conversation.id]: e.conversation } }),

    // --- opening and closing ---------------------------------------------------------------------
    'conv.opened': (s, e) => ({
        ...s,
        openConversationId: e.conversationId,
        openRoomId: null, // one thing in the main column at a time; the room is a click away
        sidebarOpen: false,
        panel: null,
        menu: null,
        editing: null,
        confirmingDelete: null,
        convEditing: null,
        convConfirmingDelete: null,
        convError: '',
    }),
    'conv.closed': (s) => ({ ...s, openConversationId: null, convEditing: null, convConfirmingDelete: null, convError: '' }),
    'page.visibility': (s, e) => ({ ...s, pageVisible: e.visible }),

    // --- messages ---------------------------------------------------------------------------------
    'conv.history.loading': (s, e) => updateThread(s, e.conversationId, (t) => ({ ...t, loadingOlder: true })),
    'conv.history.failed': (s, e) => updateThread(s, e.conversationId, (t) => ({ ...t, loadingOlder: false })),
    'conv.history.loaded': (s, e) => updateThread(mergeMessages(s, e.conversationId, e.messages),
        e.conversationId, (t) => ({ ...t, hasMore: e.hasMore, loadingOlder: false, loaded: true })),
    'conv.resumed': (s, e) => (e.conversations || []).reduce(resumeOne, s),
    'conversation.message': (s, e) => {
        const m = e.message;
        const known = s.conversations[m.conversationId];
        const isNew = !thread(s, m.conversationId).bySeq[m.seq] && (!known || m.seq > known.lastSeq);
        let next = mergeMessages(s, m.conversationId, [m]);
        if (known) {
            const fromOther = !s.me || m.senderId !== s.me.id;
            const unread = known.unread + (fromOther && isNew && !onScreen(s, m.conversationId) ? 1 : 0);
            next = {
                ...next,
                conversations: {
                    ...next.conversations,
                    [known.id]: { ...known, unread, lastSeq: Math.max(known.lastSeq, m.seq), lastRev: Math.max(known.lastRev, m.rev),
                        lastMessageAt: isNew ? m.sentAt : known.lastMessageAt },
                },
            };
        }
        return clearTyping(next, m.conversationId, m.senderId);
    },
    'conversation.message.updated': (s, e) => mergeMessages(s, e.message.conversationId, [e.message]),
    'conv.message.stored': (s, e) => mergeMessages({ ...s, convEditing: null, convError: '' }, e.message.conversationId, [e.message]),
    'conversation.receipt': (s, e) => {
        const c = s.conversations[e.conversationId];
        if (!c) return s;
        if (s.me && e.userId === s.me.id) {
            // Read on another of this person's devices (or this one): nothing up to readSeq is new any more.
            const readSeq = Math.max(c.readSeq, e.readSeq);
            const unread = readSeq >= c.lastSeq ? 0 : Math.min(c.unread, unreadAfter(s, c, readSeq));
            return withConversation(s, { ...c, readSeq, unread });
        }
        return withConversation(s, { ...c, otherReadSeq: Math.max(c.otherReadSeq, e.readSeq) });
    },
    'conversation.typing': (s, e) => {
        if (s.me && e.userId === s.me.id) return s;
        return { ...s, convTyping: { ...s.convTyping, [e.conversationId]: { handle: e.handle, userId: e.userId, until: e.at + TYPING_SHOW_MS } } };
    },

    // --- sending (a message stays in convPending until the server has it) --------------------------
    'conv.send.started': (s, e) => ({
        ...s,
        convError: '',
        convPending: {
            ...s.convPending,
            [e.clientKey]: { conversationId: e.conversationId, clientKey: e.clientKey, body: e.body, createdAt: e.at, status: 'sending', error: '' },
        },
    }),
    'conv.send.failed': (s, e) => updatePending(s, e.clientKey, { status: 'failed', error: e.message }),
    'conv.send.retried': (s, e) => updatePending(s, e.clientKey, { status: 'sending', error: '' }),
    'conv.send.discarded': (s, e) => {
        const convPending = { ...s.convPending };
        delete convPending[e.clientKey];
        return { ...s, convPending };
    },

    // --- editing and deleting one's own messages --------------------------------------------------
    'conv.edit.started': (s, e) => ({ ...s, convEditing: e.seq, convConfirmingDelete: null }),
    'conv.edit.cancelled': (s) => ({ ...s, convEditing: null }),
    'conv.delete.asked': (s, e) => ({ ...s, convConfirmingDelete: e.seq, convEditing: null }),
    'conv.delete.cancelled': (s) => ({ ...s, convConfirmingDelete: null }),
    'conv.failed': (s, e) => ({ ...s, convError: e.message }),
};

/** What some other events also mean here, after their own handlers. */
export const CONVERSATION_FOLLOW_UPS = {
    'room.opened': (s) => (s.openConversationId === null ? s : { ...s, openConversationId: null, convEditing: null, convConfirmingDelete: null }),
    'tick': (s, e) => (Object.keys(s.convTyping).length === 0 ? s : { ...s, convTyping: pruneTyping(s.convTyping, e.now) }),
    'connection': (s, e) => (e.status === 'online' ? s : { ...s, convTyping: {} }),
};

function withList(s, list, live) {
    const conversations = {};
    for (const c of list) conversations[c.id] = c;
    if (!live) return { ...s, conversations, conversationsLoaded: true };
    // A live change may take a conversation away (a coach handed on): forget what this page held of it.
    const convThreads = Object.fromEntries(Object.entries(s.convThreads).filter(([id]) => conversations[id]));
    const open = s.openConversationId !== null && !conversations[s.openConversationId] ? null : s.openConversationId;
    // A new coach may now read earlier messages (or no longer): start the thread again from the server.
    for (const c of list) {
        const had = s.conversations[c.id];
        if (had && had.fromSeq !== c.fromSeq) delete convThreads[c.id];
    }
    return { ...s, conversations, conversationsLoaded: true, convThreads, openConversationId: open };
}

function withConversation(s, c) {
    return { ...s, conversations: { ...s.conversations, [c.id]: c } };
}

function resumeOne(s, r) {
    if (r.gap) {
        // Too much was missed: drop our copy; the wiring loads the newest page again.
        const fresh = { ...EMPTY_CONV_THREAD, rev: r.lastRev, hasMore: true, loadingOlder: true };
        return { ...s, convThreads: { ...s.convThreads, [r.conversationId]: fresh } };
    }
    let next = mergeMessages(s, r.conversationId, r.messages);
    next = mergeMessages(next, r.conversationId, r.changed);
    return updateThread(next, r.conversationId, (t) => ({ ...t, seq: Math.max(t.seq, r.lastSeq), rev: Math.max(t.rev, r.lastRev) }));
}

/** Adds or replaces messages by seq (a newer rev wins), moves the cursors and settles pending sends. */
function mergeMessages(s, conversationId, messages) {
    if (!messages || messages.length === 0) return s;
    const t = thread(s, conversationId);
    const bySeq = { ...t.bySeq };
    let { seq, rev } = t;
    let pending = s.convPending;
    for (const m of messages) {
        const had = bySeq[m.seq];
        if (!had || m.rev >= had.rev) bySeq[m.seq] = m;
        seq = Math.max(seq, m.seq);
        rev = Math.max(rev, m.rev);
        if (pending[m.clientKey] && s.me && m.senderId === s.me.id) {
            pending = { ...pending };
            delete pending[m.clientKey];
        }
    }
    return { ...s, convPending: pending, convThreads: { ...s.convThreads, [conversationId]: { ...t, bySeq, seq, rev } } };
}

function unreadAfter(s, c, readSeq) {
    return Object.values(thread(s, c.id).bySeq)
        .filter((m) => m.seq > readSeq && s.me && m.senderId !== s.me.id && !m.deletedAt).length;
}

function clearTyping(s, conversationId, userId) {
    const t = s.convTyping[conversationId];
    if (!t || t.userId !== userId) return s;
    const convTyping = { ...s.convTyping };
    delete convTyping[conversationId];
    return { ...s, convTyping };
}

function pruneTyping(typing, now) {
    return Object.fromEntries(Object.entries(typing).filter(([, t]) => t.until > now));
}

function updateThread(s, conversationId, change) {
    return { ...s, convThreads: { ...s.convThreads, [conversationId]: change(thread(s, conversationId)) } };
}

function updatePending(s, clientKey, change) {
    const p = s.convPending[clientKey];
    return p ? { ...s, convPending: { ...s.convPending, [clientKey]: { ...p, ...change } } } : s;
}

// --- selectors ---------------------------------------------------------------------------------

export function thread(s, conversationId) {
    return s.convThreads[conversationId] || EMPTY_CONV_THREAD;
}

/** Whether the person can see this conversation right now: open, no panel over it, and the tab on screen. */
export function onScreen(s, conversationId) {
    return s.openConversationId === conversationId && s.panel === null && s.pageVisible && s.phase === 'chat';
}

/** The list: the coaching conversation first, then the most recent first. */
export function conversationList(s) {
    return Object.values(s.conversations).sort((a, b) => (a.kind === 'coaching' ? 0 : 1) - (b.kind === 'coaching' ? 0 : 1)
        || String(b.lastMessageAt || '').localeCompare(String(a.lastMessageAt || '')) || b.id - a.id);
}

/** Unread private messages across every conversation (the title and the narrow-screen menu button count them). */
export function privateUnread(s) {
    return Object.values(s.conversations).reduce((n, c) => n + (c.unread || 0), 0);
}

/** The open conversation's messages, ascending by seq. */
export function conversationMessages(s, conversationId) {
    return Object.values(thread(s, conversationId).bySeq).sort((a, b) => a.seq - b.seq);
}

export function conversationPending(s, conversationId) {
    return Object.values(s.convPending).filter((p) => p.conversationId === conversationId).sort((a, b) => a.createdAt - b.createdAt);
}

export function convSendingNow(s) {
    return Object.values(s.convPending).filter((p) => p.status === 'sending');
}

/** The first seq this person may read: a new coach starts after the handoff unless the participant shared. */
export function firstReadable(s, conversationId) {
    const c = s.conversations[conversationId];
    return c && c.fromSeq > 1 ? c.fromSeq : 1;
}

export function convCanLoadOlder(s, conversationId) {
    const t = thread(s, conversationId);
    const seqs = Object.keys(t.bySeq).map(Number);
    const first = firstReadable(s, conversationId);
    if (seqs.length === 0) return t.hasMore === true;
    const oldest = Math.min(...seqs);
    return (t.hasMore === null || t.hasMore) && oldest > first;
}

/** Cursors for `resume`: every conversation this page holds messages of. */
export function conversationCursors(s) {
    return Object.entries(s.convThreads).filter(([, t]) => t.loaded)
        .map(([id, t]) => ({ conversationId: Number(id), afterSeq: t.seq, afterRev: t.rev }));
}

/** The seq of the newest own message the other person has read: "Seen" goes under it. */
export function seenSeq(s, conversationId) {
    const c = s.conversations[conversationId];
    if (!c || !s.me || !c.otherReadSeq) return null;
    const mine = conversationMessages(s, conversationId)
        .filter((m) => m.senderId === s.me.id && !m.deletedAt && m.seq <= c.otherReadSeq);
    return mine.length ? mine[mine.length - 1].seq : null;
}

/** Who is typing in this conversation now, or null. */
export function convTypingHandle(s, conversationId, now) {
    const t = s.convTyping[conversationId];
    return t && t.until > now ? t.handle : null;
}

/** The newest seq held or listed, to mark as read. */
export function newestSeq(s, conversationId) {
    const c = s.conversations[conversationId];
    return Math.max(thread(s, conversationId).seq, c ? c.lastSeq : 0);
}
