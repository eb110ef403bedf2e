// The actions of private conversations: list, open, page history, send (with a client key, resent after a
// reconnect), edit, delete, typing, read receipts, and starting a direct conversation. After each (re)connect
// the list is asked for again and every conversation this page holds is resumed from its cursor. While the
// tab is hidden, new private messages can raise a browser notification, only once the person opted in; it
// names the sender and never the message. Like main.js, every change goes through dispatch(event).

import {
    thread, onScreen, conversationCursors, convSendingNow, newestSeq, convCanLoadOlder,
} from './conversation-state.js';
import { notificationTitle } from './coaching-words.js';

/** The most conversations one `resume` may carry (the server's limit). */
const RESUME_BATCH = 100;
/** Send "typing" at most this often, in milliseconds. */
const TYPING_EVERY_MS = 3000;
/** Refusals that mean the page's picture of the conversation is out of date: list them again. */
const LIST_CHANGED = new Set(['forbidden', 'no_coach', 'person_unreachable']);
/** Refusals after which the message goes back into the composer to be changed. */
const HAND_BACK = new Set(['blocked_word', 'body_too_long', 'body_empty']);
const DROPPED = 'The connection dropped. Please try again in a moment.';

/**
 * @param ctx.connection   the Connection
 * @param ctx.dispatch     the one path into state.apply
 * @param ctx.getState     the current state
 * @param ctx.newClientKey a random idempotency key
 */
export function createConversationActions({ connection, dispatch, getState, newClientKey }) {
    const request = (type, fields) => connection.request(type, fields);
    const words = (error) => (error.code === 'disconnected' ? DROPPED : error.message);
    const markedRead = new Map(); // conversationId -> the seq this page last asked to mark read
    let lastTypingSent = 0;

    document.addEventListener('visibilitychange', () => dispatch({ type: 'page.visibility', visible: !document.hidden }));
    dispatch({ type: 'page.visibility', visible: !document.hidden });

    async function refreshList() {
        try {
            const { conversations } = await request('conversations.list');
            dispatch({ type: 'conv.listed', conversations });
        } catch {
            // Listed again after the next reconnect; conversations.changed keeps it current meanwhile.
        }
    }

    async function resume() {
        const cursors = conversationCursors(getState());
        for (let i = 0; i < cursors.length; i += RESUME_BATCH) {
            const result = await request('resume', { rooms: [], conversations: cursors.slice(i, i + RESUME_BATCH) });
            const caughtUp = result.conversations || [];
            dispatch({ type: 'conv.resumed', conversations: caughtUp });
            for (const r of caughtUp) if (r.gap) loadHistory(r.conversationId, undefined);
        }
    }

    function loadHistory(conversationId, beforeSeq) {
        const fields = { conversationId, limit: getState().limits.maxHistoryPage };
        if (beforeSeq !== undefined) fields.beforeSeq = beforeSeq;
        dispatch({ type: 'conv.history.loading', conversationId });
        return request('conversation.history', fields)
            .then((r) => dispatch({ type: 'conv.history.loaded', conversationId, messages: r.messages, hasMore: r.hasMore }))
            .catch((error) => {
                dispatch({ type: 'conv.history.failed', conversationId });
                if (error.code !== 'disconnected') dispatch({ type: 'conv.failed', message: error.message });
            });
    }

    function trySend(clientKey) {
        const p = getState().convPending[clientKey];
        if (!p || !connection.isOnline) return; // Sent again, with the same key, after the next resume.
        request('conversation.send', { conversationId: p.conversationId, clientKey, body: p.body })
            .then((r) => dispatch({ type: 'conv.message.stored', message: r.message }))
            .catch((error) => {
                if (error.code === 'disconnected') return;
                if (error.retryAfterMs) {
                    setTimeout(() => trySend(clientKey), error.retryAfterMs);
                    return;
                }
                dispatch({ type: 'conv.send.failed', clientKey, message: error.message });
                if (HAND_BACK.has(error.code)) dispatch({ type: 'conv.failed', message: error.message });
                if (LIST_CHANGED.has(error.code)) refreshList();
            });
    }

    /** Marks the open conversation read up to its newest message while the person can see it. */
    function markRead(s) {
        const id = s.openConversationId;
        if (id === null || !onScreen(s, id) || !connection.isOnline) return;
        const c = s.conversations[id];
        const seq = newestSeq(s, id);
        if (!c || c.readOnly && c.kind === 'coaching' && s.me?.id !== c.participantId) return; // a former coach's copy
        if (seq === 0 || (c.readSeq >= seq && c.unread === 0) || markedRead.get(id) >= seq) return;
        markedRead.set(id, seq);
        request('conversation.read', { conversationId: id, seq })
            .then((r) => dispatch({ type: 'conv.upserted', conversation: r.conversation }))
            .catch(() => {}); // not asked again for this seq until the next reconnect
    }

    function notify(message) {
        const s = getState();
        if (!s.notify.enabled || s.notify.permission !== 'granted' || !document.hidden) return;
        if (!s.me || message.senderId === s.me.id || s.blocked[message.senderId]) return;
        try {
            // The sender's handle only: a shared screen must not show what was written.
            const n = new Notification(notificationTitle(message.senderHandle), {
                tag: `kinship-conversation-${message.conversationId}`, silent: false,
            });
            n.onclick = () => {
                window.focus();
                actions.openConversation(message.conversationId);
                n.close();
            };
        } catch {
            // Some browsers allow notifications only from a service worker: nothing to show then.
        }
    }

    function openConversation(conversationId) {
        dispatch({ type: 'conv.opened', conversationId });
        const t = thread(getState(), conversationId);
        if (!t.loaded && !t.loadingOlder) loadHistory(conversationId, undefined);
    }

    const actions = {
        openConversation,
        closeConversation: () => dispatch({ type: 'conv.closed' }),
        loadOlderConversation: () => {
            const s = getState();
            const id = s.openConversationId;
            if (id === null || thread(s, id).loadingOlder || !convCanLoadOlder(s, id)) return;
            const seqs = Object.keys(thread(s, id).bySeq).map(Number);
            loadHistory(id, seqs.length ? Math.min(...seqs) : undefined);
        },
        sendConversation: (body) => {
            const id = getState().openConversationId;
            if (id === null) return;
            const clientKey = newClientKey();
            dispatch({ type: 'conv.send.started', conversationId: id, clientKey, body, at: Date.now() });
            trySend(clientKey);
        },
        retryConversationSend: (clientKey) => {
            dispatch({ type: 'conv.send.retried', clientKey });
            trySend(clientKey);
        },
        discardConversationSend: (clientKey) => dispatch({ type: 'conv.send.discarded', clientKey }),
        startConversationEdit: (seq) => dispatch({ type: 'conv.edit.started', seq }),
        cancelConversationEdit: () => dispatch({ type: 'conv.edit.cancelled' }),
        saveConversationEdit: (seq, body) => request('conversation.edit', { conversationId: getState().openConversationId, seq, body })
            .then((r) => dispatch({ type: 'conv.message.stored', message: r.message }))
            .catch((error) => dispatch({ type: 'conv.failed', message: words(error) })),
        askConversationDelete: (seq) => dispatch({ type: 'conv.delete.asked', seq }),
        cancelConversationDelete: () => dispatch({ type: 'conv.delete.cancelled' }),
        confirmConversationDelete: (seq) => request('conversation.delete', { conversationId: getState().openConversationId, seq })
            .then((r) => {
                dispatch({ type: 'conv.delete.cancelled' });
                dispatch({ type: 'conv.message.stored', message: r.message });
            })
            .catch((error) => dispatch({ type: 'conv.failed', message: words(error) })),
        conversationTyping: () => {
            const s = getState();
            const now = Date.now();
            if (s.openConversationId === null || now - lastTypingSent < TYPING_EVERY_MS || !connection.isOnline) return;
            lastTypingSent = now;
            request('conversation.typing', { conversationId: s.openConversationId }).catch(() => {});
        },
        /** Opens (or starts) a direct conversation; a refusal shows the server's words by the room. */
        messagePerson: async (userId) => {
            try {
                const { conversation } = await request('conversation.open', { userId });
                dispatch({ type: 'conv.upserted', conversation });
                openConversation(conversation.id);
            } catch (error) {
                dispatch({ type: 'room.failed', message: words(error) });
            }
        },
        toggleNotify: async () => {
            const s = getState();
            if (!('Notification' in window)) return;
            if (s.notify.enabled) {
                saveNotifyChoice(s, false);
                dispatch({ type: 'notify.set', permission: Notification.permission, enabled: false });
                return;
            }
            // Asked only here, when the person pressed the button: never on load.
            const permission = await Notification.requestPermission();
            const enabled = permission === 'granted';
            saveNotifyChoice(getState(), enabled);
            dispatch({ type: 'notify.set', permission, enabled });
        },
    };

    /** After every welcome: the list, what each held conversation missed, then the sends still waiting. */
    async function afterSync() {
        readNotifyChoice();
        markedRead.clear();
        try {
            await refreshList();
            await resume();
            for (const p of convSendingNow(getState())) trySend(p.clientKey);
            const open = getState().openConversationId;
            if (open !== null && !thread(getState(), open).loaded) loadHistory(open, undefined);
        } catch {
            // The next reconnect tries again.
        }
    }

    function afterEvent(message) {
        if (message.type === 'conversation.message') {
            if (!getState().conversations[message.message.conversationId]) refreshList(); // a new conversation
            notify(message.message);
        }
    }

    function afterRender(s) {
        markRead(s);
    }

    function readNotifyChoice() {
        const s = getState();
        if (!('Notification' in window)) {
            dispatch({ type: 'notify.set', permission: 'unsupported', enabled: false });
            return;
        }
        let chosen = false;
        try {
            chosen = localStorage.getItem(notifyKey(s)) === 'on';
        } catch {
            // Storage unavailable: the person is asked again on this device.
        }
        dispatch({ type: 'notify.set', permission: Notification.permission, enabled: chosen && Notification.permission === 'granted' });
    }

    return { actions, afterSync, afterEvent, afterRender };
}

function notifyKey(s) {
    return `kinship.notify.${s.me ? s.me.id : 0}`;
}

function saveNotifyChoice(s, on) {
    try {
        if (on) localStorage.setItem(notifyKey(s), 'on');
        else localStorage.removeItem(notifyKey(s));
    } catch {
        // Remembered for this page only.
    }
}
