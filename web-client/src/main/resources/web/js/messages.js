// The open room's message list: stored messages by seq, then the ones still being sent.
// Buttons carry data-action; one delegated listener (view.js) turns clicks into actions.

import { el, reconcile, shortTime, fullTime } from './dom.js';
import { roomMessages, pendingFor } from './state.js';
import { moderates, canPost, isObserver, isRoomModerator } from './moderation-state.js';
import { isBlocked, isRevealed, isPinned, roomAllowsEdits } from './room-state.js';
import { BLOCKED_PLACEHOLDER } from './words.js';
import { hidesFormerMembers, isFormerMember } from './org-settings-state.js';

/** What a tombstone says, by who deleted the message. A leader's reason is never shown in the room. */
const TOMBSTONE_TEXT = { leader: 'Removed by a leader', author: 'This message was deleted.' };

export function renderMessages(list, s) {
    const roomId = s.openRoomId;
    const meId = s.me ? s.me.id : null;
    // With the organisation's erasure set to `remove`, a former member's messages leave the room entirely.
    const hideFormer = hidesFormerMembers(s);
    const stored = roomMessages(s, roomId).filter((m) => !(hideFormer && isFormerMember(m))).map((m) => ({ kind: 'stored', m }));
    const pending = pendingFor(s, roomId).map((p) => ({ kind: 'pending', p }));
    reconcile(list, stored.concat(pending),
        (item) => (item.kind === 'stored' ? `seq-${item.m.seq}` : `key-${item.p.clientKey}`),
        (item) => (item.kind === 'stored' ? storedSignature(item.m, s) : `${item.p.status}|${item.p.error}`),
        (item) => (item.kind === 'stored' ? storedMessage(item.m, s, meId) : pendingMessage(item.p, s)));
}

function storedSignature(m, s) {
    return [m.rev, isEditing(s, m), isConfirming(s, m), isMenuOpen(s, m), moderates(s, m.roomId),
        canPost(s, m.roomId), isObserver(s, m.roomId), isRoomModerator(s, m.roomId, m.senderId),
        roomAllowsEdits(s, m.roomId), isPinned(s, m.roomId, m.seq), isBlocked(s, m.senderId), isRevealed(s, m.roomId, m.seq),
        s.me?.role].join('|');
}

function isMenuOpen(s, m) {
    return s.menu !== null && s.menu.roomId === m.roomId && s.menu.seq === m.seq;
}

function isEditing(s, m) {
    return s.editing !== null && s.editing.roomId === m.roomId && s.editing.seq === m.seq;
}

function isConfirming(s, m) {
    return s.confirmingDelete !== null && s.confirmingDelete.roomId === m.roomId && s.confirmingDelete.seq === m.seq;
}

function storedMessage(m, s, meId) {
    const mine = m.senderId === meId;
    const deleted = Boolean(m.deletedAt) || typeof m.body !== 'string';
    const classes = ['message', mine ? 'mine' : '', deleted ? 'deleted' : ''].filter(Boolean).join(' ');
    const pinned = isPinned(s, m.roomId, m.seq) && !deleted;
    const li = el('li', { className: pinned ? `${classes} pinned` : classes, testid: 'message', 'data-seq': m.seq,
        'data-deleted': deleted ? 'true' : null, 'data-deleted-by': deleted ? m.deletedBy || 'author' : null,
        'data-pinned': pinned ? 'true' : null });
    if (!mine && !deleted && isBlocked(s, m.senderId) && !isRevealed(s, m.roomId, m.seq)) {
        // Hidden for this person only: the server still delivers it, and nobody is told.
        li.classList.add('blocked');
        li.dataset.blocked = 'true';
        li.append(el('p', { className: 'blocked-placeholder', testid: 'blocked-placeholder' },
            el('span', { text: `${BLOCKED_PLACEHOLDER} — ` }),
            el('button', { type: 'button', className: 'small quiet', 'data-action': 'show-blocked', testid: 'show-blocked',
                'data-focus-key': `show-blocked-${m.seq}` }, 'Show')));
        return li;
    }
    li.append(meta(m.senderHandle, m.sentAt, [pinned ? 'pinned' : '', m.editedAt && !deleted ? 'edited' : ''].filter(Boolean).join(' · ')));
    if (deleted) {
        const text = TOMBSTONE_TEXT[m.deletedBy] || TOMBSTONE_TEXT.author;
        li.append(el('p', { className: 'body tombstone', testid: 'message-body', text }));
        return li;
    }
    if (isEditing(s, m)) {
        li.append(editForm(m));
        return li;
    }
    li.append(el('p', { className: 'body', testid: 'message-body', text: m.body }));
    if (isConfirming(s, m)) {
        li.append(el('div', { className: 'confirm', role: 'group', 'aria-label': 'Confirm delete' },
            el('span', { text: 'Delete this message for everyone?' }),
            el('button', { type: 'button', className: 'danger', 'data-action': 'confirm-delete', testid: 'confirm-delete',
                'data-focus-key': `confirm-delete-${m.seq}` }, 'Delete'),
            el('button', { type: 'button', className: 'quiet', 'data-action': 'cancel-delete', testid: 'cancel-delete',
                'data-focus-key': `cancel-delete-${m.seq}` }, 'Keep')));
    } else if (mine && !isObserver(s, m.roomId)) {
        li.firstElementChild.append(el('span', { className: 'actions' },
            canPost(s, m.roomId) && roomAllowsEdits(s, m.roomId) ? el('button', { type: 'button', className: 'small',
                'data-action': 'edit', testid: 'edit-message', 'data-focus-key': `edit-${m.seq}`,
                'aria-label': `Edit your message from ${shortTime(m.sentAt)}` }, 'Edit') : null,
            moderates(s, m.roomId) ? pinButton(m, pinned, 'your message') : null,
            el('button', { type: 'button', className: 'small', 'data-action': 'delete', testid: 'delete-message',
                'data-focus-key': `delete-${m.seq}`, 'aria-label': `Delete your message from ${shortTime(m.sentAt)}` }, 'Delete')));
    } else if (!mine) {
        appendMenu(li, m, s);
    }
    return li;
}

/**
 * Someone else's message: a small "…" button that opens a row of actions under it. Everyone may report;
 * the room's moderators may also remove it, and warn, mute, remove or ban its sender.
 */
function appendMenu(li, m, s) {
    const open = isMenuOpen(s, m);
    const menuId = `menu-${m.roomId}-${m.seq}`;
    li.firstElementChild.append(el('span', { className: 'actions' },
        el('button', { type: 'button', className: 'small menu-button', 'data-action': 'menu', testid: 'message-menu',
            'data-focus-key': `menu-${m.seq}`, 'aria-expanded': String(open), 'aria-controls': open ? menuId : null,
            'aria-label': `Actions for ${m.senderHandle}'s message from ${shortTime(m.sentAt)}` }, '⋯')));
    if (!open) return;
    const moderator = moderates(s, m.roomId);
    const canSanction = moderator && !isRoomModerator(s, m.roomId, m.senderId);
    const blocked = isBlocked(s, m.senderId);
    li.append(el('div', { id: menuId, className: 'message-menu', role: 'group', 'aria-label': `Actions for ${m.senderHandle}'s message` },
        el('button', { type: 'button', className: 'small', 'data-action': 'report', testid: 'report-message',
            'data-focus-key': `menu-first-${m.seq}` }, 'Report'),
        moderator ? pinButton(m, isPinned(s, m.roomId, m.seq), `${m.senderHandle}'s message`) : null,
        moderator ? el('button', { type: 'button', className: 'small', 'data-action': 'remove', testid: 'remove-message' },
            'Remove message') : null,
        canSanction ? el('button', { type: 'button', className: 'small', 'data-action': 'sanction', testid: 'sanction-user',
            'data-user-id': m.senderId, 'data-handle': m.senderHandle }, `Warn, mute or ban ${m.senderHandle}…`) : null,
        el('button', { type: 'button', className: 'small', 'data-action': blocked ? 'unblock' : 'block',
            testid: blocked ? 'unblock-user' : 'block-user', 'data-user-id': m.senderId, 'data-handle': m.senderHandle },
        blocked ? `Unblock ${m.senderHandle}` : `Block ${m.senderHandle}`)));
}

/** For the room's moderators: keep a message at hand in the pinned strip, or take it off. */
function pinButton(m, pinned, whose) {
    return el('button', { type: 'button', className: 'small', 'data-action': pinned ? 'unpin' : 'pin', testid: 'pin-message',
        'data-pinned': String(pinned), 'aria-label': `${pinned ? 'Unpin' : 'Pin'} ${whose} from ${shortTime(m.sentAt)}` },
    pinned ? 'Unpin' : 'Pin');
}

export function editForm(m) {
    const id = `edit-body-${m.seq}`;
    const textarea = el('textarea', { id, className: 'edit-body', testid: 'edit-body', rows: 3 });
    textarea.value = m.body;
    return el('form', { className: 'edit-form', 'data-seq': m.seq },
        el('label', { for: id, className: 'visually-hidden', text: 'Edit your message' }),
        textarea,
        el('div', { className: 'actions' },
            el('button', { type: 'submit', className: 'small primary', testid: 'save-edit' }, 'Save'),
            el('button', { type: 'button', className: 'small', 'data-action': 'cancel-edit', testid: 'cancel-edit' }, 'Cancel'),
            el('span', { className: 'hint', text: 'Enter saves, Escape cancels.' })));
}

export function pendingMessage(p, s) {
    const li = el('li', { className: 'message mine pending', testid: 'message', 'data-pending': p.status,
        'data-client-key': p.clientKey });
    const note = { failed: 'not sent', waiting: 'waiting for slow mode' }[p.status] || 'sending…';
    li.append(meta(s.me ? s.me.handle : '', null, note));
    li.append(el('p', { className: 'body', testid: 'message-body', text: p.body }));
    if (p.status === 'waiting') {
        li.append(el('div', { className: 'actions' },
            el('span', { className: 'hint', text: 'It goes out by itself when the wait is over.' }),
            el('button', { type: 'button', className: 'small', 'data-action': 'discard', testid: 'discard-send' }, 'Discard')));
    }
    if (p.status === 'failed') {
        li.append(el('div', { className: 'actions' },
            el('span', { className: 'error', text: p.error }),
            el('button', { type: 'button', className: 'small', 'data-action': 'retry', testid: 'retry-send' }, 'Try again'),
            el('button', { type: 'button', className: 'small', 'data-action': 'discard', testid: 'discard-send' }, 'Discard')));
    }
    return li;
}

export function meta(handle, sentAt, note) {
    return el('div', { className: 'meta' },
        el('span', { className: 'author', text: handle }),
        sentAt ? el('time', { datetime: sentAt, title: fullTime(sentAt), text: shortTime(sentAt) }) : null,
        note ? el('span', { className: 'note', text: note }) : null);
}
