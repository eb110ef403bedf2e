// Private conversations on the page: the "Conversations" list in the sidebar (with unread badges), the
// open conversation (messages, "Seen", typing, a composer that keeps each conversation's draft), the
// "Message" button on members, and the opt-in for browser notifications. Renders from the state; turns
// input into calls on `actions`. Messages are drawn with messages.js's parts; text only via textContent.

import { bindComposer, bindMessageList } from './composing.js';
import { byId, el, reconcile, shortTime } from './dom.js';
import { meta, editForm, pendingMessage } from './messages.js';
import { hidesFormerMembers, isFormerMember } from './org-settings-state.js';
import {
    conversationList, conversationMessages, conversationPending, convCanLoadOlder, seenSeq, convTypingHandle,
    privateUnread, thread, firstReadable,
} from './conversation-state.js';
import {
    conversationName, conversationSubtitle, readOnlyText, earlierHiddenText, CONVERSATION_START, NO_CONVERSATIONS, notifyText,
} from './coaching-words.js';

/** Show the characters left once fewer than this remain (as in rooms). */
const REMAINING_WARN_CHARS = 200;
/** Count as "at the bottom" within this many pixels; ask for older messages this close to the top. */
const BOTTOM_SLACK_PX = 48;
const TOP_SLACK_PX = 24;

export function createConversationView(actions) {
    const $ = byId;
    const drafts = new Map(); // conversationId -> unsent text
    let current = null;
    let shownId = null;       // the conversation whose draft is in the composer
    let atBottom = true;
    let maxChars = 4000;

    bind();

    function bind() {
        $('conversation-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-conversation-id]');
            if (button) actions.openConversation(Number(button.dataset.conversationId));
        });
        $('close-conversation').addEventListener('click', () => {
            const id = current?.openConversationId;
            actions.closeConversation();
            focusKey(`conversation-${id}`);
        });
        $('notify-button').addEventListener('click', () => actions.toggleNotify());
        $('conversation-older').addEventListener('click', () => actions.loadOlderConversation());
        $('members').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=message-person]');
            if (button) actions.messagePerson(Number(button.dataset.userId));
        });
        const scroller = $('conversation-scroller');
        scroller.addEventListener('scroll', () => {
            atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < BOTTOM_SLACK_PX;
            if (scroller.scrollTop < TOP_SLACK_PX && current && canOlder(current)) actions.loadOlderConversation();
        });
        new ResizeObserver(() => {
            if (atBottom) scroller.scrollTop = scroller.scrollHeight;
        }).observe(scroller);
        bindConversationComposer();
        bindMessages();
    }

    function bindConversationComposer() {
        const composer = $('conversation-composer');
        bindComposer(composer, $('conversation-form'), {
            submit: () => {
                const body = composer.value.replace(/\s+$/, '');
                if (body.trim() === '' || body.length > maxChars) return;
                actions.sendConversation(body);
                composer.value = '';
                showRemaining();
            },
            typing: () => actions.conversationTyping(),
            changed: showRemaining,
        });
    }

    function bindMessages() {
        bindMessageList($('conversation-messages'), {
            handlers: {
                'edit': (seq) => actions.startConversationEdit(seq),
                'cancel-edit': () => actions.cancelConversationEdit(),
                'delete': (seq) => actions.askConversationDelete(seq),
                'cancel-delete': () => actions.cancelConversationDelete(),
                'confirm-delete': (seq) => actions.confirmConversationDelete(seq),
                'retry': (seq, item) => actions.retryConversationSend(item.dataset.clientKey),
                'discard': (seq, item) => actions.discardConversationSend(item.dataset.clientKey),
            },
            saveEdit: (seq, body) => actions.saveConversationEdit(seq, body),
            cancelEdit: () => actions.cancelConversationEdit(),
        });
    }

    function showRemaining() {
        const left = maxChars - $('conversation-composer').value.length;
        $('conversation-remaining').textContent = left < 0 ? `${-left} characters over the limit`
            : left <= REMAINING_WARN_CHARS ? `${left} characters left` : '';
        $('conversation-remaining').classList.toggle('over', left < 0);
        $('conversation-form').querySelector('button[type=submit]').disabled = left < 0;
    }

    // --- rendering --------------------------------------------------------------------------

    function render(s) {
        maxChars = s.limits.maxBodyChars;
        renderList(s);
        renderNotify(s);
        renderConversation(s);
        restoreFocus(s);
        current = s;
    }

    function renderList(s) {
        const list = conversationList(s);
        reconcile($('conversation-list'), list, (c) => c.id,
            (c) => [c.withHandle, c.kind, c.unread, c.id === s.openConversationId, c.participantId === s.me?.id].join('|'),
            (c) => conversationItem(c, s));
        $('no-conversations').hidden = !s.conversationsLoaded || list.length > 0;
        $('no-conversations').textContent = NO_CONVERSATIONS;
        const unread = privateUnread(s);
        $('private-badge').hidden = unread === 0;
        $('private-badge').textContent = `${unread} new`;
    }

    function conversationItem(c, s) {
        const open = c.id === s.openConversationId;
        const { label, name } = conversationName(c, s);
        return el('li', { testid: 'conversation-item', 'data-conversation-id': c.id, 'data-kind': c.kind, className: open ? 'open' : '' },
            el('button', { type: 'button', className: 'room-button conversation-button', 'data-conversation-id': c.id,
                'data-focus-key': `conversation-${c.id}`, 'aria-current': open ? 'true' : null },
            el('span', { className: 'conversation-name' },
                label ? el('span', { className: 'conversation-label', text: `${label}: ` }) : null,
                el('span', { text: name })),
            c.unread > 0 ? el('span', { className: 'badge', testid: 'conversation-unread', text: `${c.unread} new` }) : null));
    }

    function renderNotify(s) {
        const words = notifyText(s.notify);
        $('notify-button').hidden = !words.button || s.conversationsLoaded === false;
        $('notify-button').textContent = words.button || '';
        $('notify-button').setAttribute('aria-describedby', 'notify-status');
        $('notify-status').textContent = words.status;
    }

    function renderConversation(s) {
        const id = s.openConversationId;
        const c = id === null ? null : s.conversations[id] || null;
        const shown = id !== null && !s.panel;
        $('conversation-open').hidden = !shown;
        $('conversation-error').textContent = s.convError;
        switchDraft(shown ? id : null);
        if (!shown) return;
        const known = c || { id, kind: 'direct', withHandle: '', readOnly: false, fromSeq: 1 };
        const { label, name } = conversationName(known, s);
        $('conversation-title').textContent = label ? `${label}: ${name}` : name;
        $('conversation-subtitle').textContent = conversationSubtitle(known, s);
        $('conversation-readonly').hidden = !known.readOnly;
        $('conversation-readonly').textContent = known.readOnly ? readOnlyText(known, s) : '';
        $('conversation-form').hidden = Boolean(known.readOnly);

        const scroller = $('conversation-scroller');
        const changed = !current || current.openConversationId !== id || current.panel;
        const fromBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
        const firstBefore = $('conversation-messages').firstElementChild;
        renderMessages(s, id, known);
        const t = thread(s, id);
        const older = canOlder(s);
        $('conversation-older').hidden = !older;
        $('conversation-older').disabled = t.loadingOlder;
        $('conversation-older').textContent = t.loadingOlder ? 'Loading older messages…' : 'Load older messages';
        const hiddenEarlier = firstReadable(s, id) > 1 && known.participantId !== s.me?.id;
        $('conversation-start').hidden = older || t.loadingOlder || !t.loaded;
        $('conversation-start').textContent = hiddenEarlier ? earlierHiddenText(known) : CONVERSATION_START;
        const grewAtTop = firstBefore && $('conversation-messages').firstElementChild !== firstBefore;
        if (changed || fromBottom < BOTTOM_SLACK_PX || sentJustNow(s)) {
            scroller.scrollTop = scroller.scrollHeight;
            atBottom = true;
        } else if (grewAtTop) {
            scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight - fromBottom;
        }
        const typer = convTypingHandle(s, id, s.now);
        $('conversation-typing').textContent = typer ? `${typer} is typing…` : '';
    }

    function renderMessages(s, id, c) {
        const seen = seenSeq(s, id);
        // As in rooms: with the organisation's erasure set to `remove`, a former member's messages leave entirely.
        const hideFormer = hidesFormerMembers(s);
        const stored = conversationMessages(s, id).filter((m) => !(hideFormer && isFormerMember(m)))
            .map((m) => ({ kind: 'stored', m }));
        const pending = conversationPending(s, id).map((p) => ({ kind: 'pending', p }));
        reconcile($('conversation-messages'), stored.concat(pending),
            (x) => (x.kind === 'stored' ? `seq-${x.m.seq}` : `key-${x.p.clientKey}`),
            (x) => (x.kind === 'stored'
                ? [x.m.rev, s.convEditing === x.m.seq, s.convConfirmingDelete === x.m.seq, seen === x.m.seq, Boolean(c.readOnly)].join('|')
                : `${x.p.status}|${x.p.error}`),
            (x) => (x.kind === 'stored' ? storedMessage(x.m, s, c, seen === x.m.seq) : pendingMessage(x.p, s)));
    }

    function storedMessage(m, s, c, seen) {
        const mine = Boolean(s.me) && m.senderId === s.me.id;
        const deleted = Boolean(m.deletedAt) || typeof m.body !== 'string';
        const li = el('li', { className: ['message', mine ? 'mine' : '', deleted ? 'deleted' : ''].filter(Boolean).join(' '),
            testid: 'message', 'data-seq': m.seq, 'data-deleted': deleted ? 'true' : null });
        li.append(meta(m.senderHandle, m.sentAt, m.editedAt && !deleted ? 'edited' : ''));
        if (deleted) {
            li.append(el('p', { className: 'body tombstone', testid: 'message-body', text: 'This message was deleted.' }));
            return li;
        }
        if (s.convEditing === m.seq && mine) {
            li.append(editForm(m));
            return li;
        }
        li.append(el('p', { className: 'body', testid: 'message-body', text: m.body }));
        if (s.convConfirmingDelete === m.seq && mine) {
            li.append(el('div', { className: 'confirm', role: 'group', 'aria-label': 'Confirm delete' },
                el('span', { text: 'Delete this message for both of you?' }),
                el('button', { type: 'button', className: 'danger', 'data-action': 'confirm-delete', testid: 'confirm-delete',
                    'data-focus-key': `conv-confirm-delete-${m.seq}` }, 'Delete'),
                el('button', { type: 'button', className: 'quiet', 'data-action': 'cancel-delete', testid: 'cancel-delete',
                    'data-focus-key': `conv-cancel-delete-${m.seq}` }, 'Keep')));
        } else if (mine && !c.readOnly) {
            li.firstElementChild.append(el('span', { className: 'actions' },
                el('button', { type: 'button', className: 'small', 'data-action': 'edit', testid: 'edit-message',
                    'data-focus-key': `conv-edit-${m.seq}`, 'aria-label': `Edit your message from ${shortTime(m.sentAt)}` }, 'Edit'),
                el('button', { type: 'button', className: 'small', 'data-action': 'delete', testid: 'delete-message',
                    'data-focus-key': `conv-delete-${m.seq}`, 'aria-label': `Delete your message from ${shortTime(m.sentAt)}` }, 'Delete')));
        }
        if (seen) li.append(el('p', { className: 'seen', testid: 'seen', text: 'Seen' }));
        return li;
    }

    function canOlder(s) {
        const id = s.openConversationId;
        return id !== null && convCanLoadOlder(s, id) && !thread(s, id).loadingOlder;
    }

    function sentJustNow(s) {
        return current && Object.keys(s.convPending).some((k) => !current.convPending[k]);
    }

    function switchDraft(id) {
        if (id === shownId) return;
        if (shownId !== null) drafts.set(shownId, $('conversation-composer').value);
        $('conversation-composer').value = id !== null ? drafts.get(id) || '' : '';
        shownId = id;
        showRemaining();
    }

    function restoreFocus(s) {
        const prev = current;
        if (!prev) return;
        if (s.convEditing !== null && prev.convEditing !== s.convEditing) {
            const box = document.querySelector('#conversation-messages .edit-body');
            if (box) {
                box.focus();
                box.setSelectionRange(box.value.length, box.value.length);
            }
            return;
        }
        if (s.convConfirmingDelete !== null && prev.convConfirmingDelete !== s.convConfirmingDelete) {
            focusKey(`conv-cancel-delete-${s.convConfirmingDelete}`);
            return;
        }
        if (prev.convEditing !== null && s.convEditing === null) {
            if (!focusKey(`conv-edit-${prev.convEditing}`)) $('conversation-composer').focus();
            return;
        }
        if (prev.convConfirmingDelete !== null && s.convConfirmingDelete === null) {
            if (!focusKey(`conv-delete-${prev.convConfirmingDelete}`)) $('conversation-composer').focus();
            return;
        }
        const opened = s.openConversationId !== null && !s.panel && (prev.openConversationId !== s.openConversationId || prev.panel);
        if (opened) {
            // Where the person can carry on: the composer, or the title when there is nothing to write.
            const c = s.conversations[s.openConversationId];
            if (c && !c.readOnly) $('conversation-composer').focus();
            else $('conversation-title').focus();
        }
    }

    return { render };
}

function focusKey(key) {
    const target = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
    if (target && !target.closest('[hidden]')) target.focus();
    return Boolean(target);
}
