// Renders the state into the page and turns the person's input into calls on `actions`.
// The page's skeleton is in index.html; lists are built here from data, text only via textContent.

import { byId, copyCode } from './dom.js';
import { bindComposer, bindMessageList } from './composing.js';
import { renderMessages } from './messages.js';
import { renderRooms, renderMembers } from './lists.js';
import { joinedRooms, typingHandles, canLoadOlder, thread } from './state.js';
import { canPost } from './moderation-state.js';
import { postBlock, slowWait } from './room-state.js';
import { createModerationView } from './moderation-view.js';
import { createRoomView } from './room-view.js';
import { createAccountView } from './account-view.js';
import { createSafetyView } from './safety-view.js';
import { createConversationView } from './conversation-view.js';
import { createCoachingView } from './coaching-view.js';
import { createOrgView } from './org-settings-view.js';
import { createRecoveryView, renderMilestones } from './recovery-view.js';
import { createReferralsView } from './referrals-view.js';
import { createReviewView } from './review-view.js';
import { createUnattendedView } from './unattended.js';
import { privateUnread } from './conversation-state.js';
import { showPrivacyNotice } from './privacy.js';
import { CLOSED_COMPOSER } from './words.js';

/** Show the characters left once fewer than this remain. */
const REMAINING_WARN_CHARS = 200;
/** Count as "at the bottom" (keep following new messages) within this many pixels. */
const BOTTOM_SLACK_PX = 48;
/** Ask for older messages when scrolled this close to the top, in pixels. */
const TOP_SLACK_PX = 24;
/** Must match the breakpoint in app.css: below it, panels fold away. */
const NARROW_SCREEN = '(max-width: 760px)';

/** After this many failed reconnects in a row, say a little more. */
const STRUGGLING_AFTER = 4;
const STRUGGLING_TEXT = 'Still reconnecting… Your messages are kept and will go out when the connection is back.'
    + ' If this goes on for long, please let your admin know.';
const CONNECTION_TEXT = {
    connecting: 'Connecting…',
    online: 'Connected',
    reconnecting: 'Reconnecting… Messages you send now will go out when the connection is back.',
    restarting: 'The server is restarting. Reconnecting…',
};

export function createView(actions) {
    const $ = byId;
    const drafts = new Map(); // roomId -> unsent composer text
    let current = null;       // the last state rendered
    let shownRoomId = null;
    let limits = { maxBodyChars: 4000 };
    let atBottom = true;      // whether the message list is scrolled to its end
    let postable = true;      // whether the person may post in the open room (member, not muted, the room's rules allow)
    let sendable = true;      // postable, and no slow mode wait running

    bindAuth();
    bindChat();
    const moderationView = createModerationView(actions);
    const roomView = createRoomView(actions);
    const accountView = createAccountView(actions);
    const safetyView = createSafetyView(actions);
    const conversationView = createConversationView(actions);
    const coachingView = createCoachingView(actions);
    const orgView = createOrgView(actions);
    const recoveryView = createRecoveryView(actions);
    const referralsView = createReferralsView(actions);
    const reviewView = createReviewView(actions);
    const unattendedView = createUnattendedView(actions);
    const narrow = matchMedia(NARROW_SCREEN);
    $('members-details').open = !narrow.matches;
    narrow.addEventListener('change', () => { $('members-details').open = !narrow.matches; });

    function bindAuth() {
        $('mode-signin').addEventListener('click', () => actions.setAuthMode('signin'));
        $('mode-register').addEventListener('click', () => actions.setAuthMode('register'));
        showPrivacyNotice($('register-privacy'));
        $('mode-reset').addEventListener('click', () => actions.setAuthMode('reset'));
        onSubmit('setup-form', () => actions.setup($('setup-code').value.trim(), $('setup-handle').value.trim(),
            $('setup-password').value));
        onSubmit('login-form', () => actions.login($('login-handle').value.trim(), $('login-password').value));
        onSubmit('register-form', () => actions.register($('register-invite').value.trim(),
            $('register-handle').value.trim(), $('register-password').value));
        onSubmit('reset-form', () => actions.resetPassword($('reset-code').value.trim(), $('reset-password').value,
            $('reset-confirm').value));
    }

    function bindChat() {
        $('sign-out').addEventListener('click', () => actions.signOut());
        $('rooms-toggle').addEventListener('click', () => actions.toggleSidebar());
        $('sidebar').addEventListener('keydown', (e) => {
            if (e.key === 'Escape' && current?.sidebarOpen) {
                actions.toggleSidebar();
                $('rooms-toggle').focus();
            }
        });
        $('room-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-room-id]');
            if (!button) return;
            const roomId = Number(button.dataset.roomId);
            if (button.dataset.action === 'join') actions.joinRoom(roomId);
            else actions.openRoom(roomId);
        });
        $('leave-room').addEventListener('click', () => actions.leaveRoom(current.openRoomId));
        $('load-older').addEventListener('click', () => actions.loadOlder());
        const scroller = $('scroller');
        scroller.addEventListener('scroll', () => {
            atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < BOTTOM_SLACK_PX;
            if (scroller.scrollTop < TOP_SLACK_PX && current && olderAvailable(current)) actions.loadOlder();
        });
        // Keep following the newest message when the space changes (rotation, on-screen keyboard).
        new ResizeObserver(() => {
            if (atBottom) scroller.scrollTop = scroller.scrollHeight;
        }).observe(scroller);
        bindRoomComposer();
        bindMessageActions();
        onSubmit('new-room-form', async () => {
            if (await actions.createRoom($('new-room-name').value.trim(), $('new-room-topic').value.trim())) {
                $('new-room-form').reset();
            }
        });
        onSubmit('invite-form', () => actions.createInvite($('invite-role').value));
        $('invite-copy').addEventListener('click', () => copyCode($('invite-code'), $('invite-copied')));
        $('invite-done').addEventListener('click', () => actions.dismissInvite());
    }

    function bindRoomComposer() {
        const composer = $('composer');
        bindComposer(composer, $('composer-form'), {
            submit: () => {
                const body = composer.value.replace(/\s+$/, '');
                if (!sendable || body.trim() === '' || body.length > limits.maxBodyChars) return;
                actions.send(body);
                composer.value = '';
                showRemaining();
            },
            typing: () => actions.typing(),
            changed: showRemaining,
        });
    }

    function bindMessageActions() {
        const userOf = (button) => [Number(button.dataset.userId), button.dataset.handle];
        bindMessageList($('message-list'), {
            handlers: {
                'edit': (seq) => actions.startEdit(seq),
                'cancel-edit': () => actions.cancelEdit(),
                'delete': (seq) => actions.askDelete(seq),
                'cancel-delete': () => actions.cancelDelete(),
                'confirm-delete': (seq) => actions.confirmDelete(seq),
                'retry': (seq, item) => actions.retrySend(item.dataset.clientKey),
                'discard': (seq, item) => actions.discardSend(item.dataset.clientKey),
                'menu': (seq) => actions.toggleMenu(seq),
                'report': (seq) => actions.askReport(seq),
                'remove': (seq) => actions.askRemove(seq),
                'sanction': (seq, item, button) => actions.askSanction(...userOf(button), seq),
                'pin': (seq) => actions.pin(seq, true),
                'unpin': (seq) => actions.pin(seq, false),
                'block': (seq, item, button) => actions.block(...userOf(button)),
                'unblock': (seq, item, button) => actions.unblock(...userOf(button)),
                'show-blocked': (seq) => actions.revealBlocked(seq),
            },
            saveEdit: (seq, body) => actions.saveEdit(seq, body),
            cancelEdit: () => actions.cancelEdit(),
            keydown: (e) => {
                if (e.key === 'Escape' && current?.menu && e.target.closest('.message-menu, .menu-button')) {
                    e.preventDefault();
                    actions.closeMenu();
                    return true;
                }
                return false;
            },
        });
    }

    function showRemaining() {
        const left = limits.maxBodyChars - $('composer').value.length;
        const text = left < 0 ? `${-left} characters over the limit`
            : left <= REMAINING_WARN_CHARS ? `${left} characters left` : '';
        $('remaining').textContent = text;
        $('remaining').classList.toggle('over', left < 0);
        $('composer-form').querySelector('button[type=submit]').disabled = left < 0 || !sendable;
    }

    // --- rendering --------------------------------------------------------------------------

    function render(s) {
        const focusKey = document.activeElement?.dataset?.focusKey;
        $('loading-view').hidden = s.phase !== 'loading';
        $('auth-view').hidden = !(s.phase === 'setup' || s.phase === 'signin');
        $('chat-view').hidden = s.phase !== 'chat';
        if (s.phase === 'setup' || s.phase === 'signin') {
            renderAuth(s);
            $('connection-status').dataset.state = 'signed-out'; // so a later sign-in starts from a fresh state
        }
        if (s.phase === 'chat') renderChat(s);
        safetyView.renderFooter(s); // the footer is on every screen: its tools only once signed in
        restoreFocus(s, focusKey);
        current = s;
    }

    function renderAuth(s) {
        $('setup-form').hidden = s.phase !== 'setup';
        $('signin-area').hidden = s.phase !== 'signin';
        $('login-form').hidden = s.authMode !== 'signin';
        $('register-form').hidden = s.authMode !== 'register';
        $('reset-form').hidden = s.authMode !== 'reset';
        $('reset-link').hidden = s.authMode === 'reset';
        if (s.authMode === 'reset' && current && current.authMode !== 'reset') $('reset-code').focus(); // its link is gone
        $('mode-signin').setAttribute('aria-pressed', String(s.authMode === 'signin'));
        $('mode-register').setAttribute('aria-pressed', String(s.authMode === 'register'));
        for (const button of document.querySelectorAll('#auth-view button[type=submit]')) button.disabled = s.authBusy;
        $('auth-notice').textContent = s.notice;
        $('auth-error').textContent = s.authError;
        if (current && current.phase === 'chat') {
            for (const form of document.querySelectorAll('#auth-view form')) form.reset();
        }
    }

    function renderChat(s) {
        limits = s.limits;
        const status = $('connection-status');
        status.textContent = s.connection !== 'online' && s.failedAttempts >= STRUGGLING_AFTER
            ? STRUGGLING_TEXT : CONNECTION_TEXT[s.connection] || '';
        status.dataset.state = s.connection;
        $('me-handle').textContent = s.me ? s.me.handle : '';
        $('admin-tools').hidden = !(s.me && s.me.role === 'admin');
        $('no-room-admin').hidden = !(s.me && s.me.role === 'admin');
        $('chat-view').classList.toggle('sidebar-open', s.sidebarOpen);
        $('rooms-toggle').setAttribute('aria-expanded', String(s.sidebarOpen));
        renderRooms($('joined-rooms'), $('other-rooms'), s);
        $('no-joined').hidden = $('joined-rooms').childElementCount > 0;
        $('no-others').hidden = $('other-rooms').childElementCount > 0;
        renderAdmin(s);
        roomView.render(s); // first: its banners and strips change the message list's height, which renderRoom scrolls
        unattendedView.render(s);
        renderRoom(s);
        moderationView.render(s);
        accountView.render(s);
        safetyView.render(s);
        coachingView.render(s);
        orgView.render(s);
        recoveryView.render(s);
        referralsView.render(s);
        reviewView.render(s);
        conversationView.render(s); // after the panels: opening a conversation from one moves focus to its composer
        const unread = joinedRooms(s).reduce((n, r) => n + thread(s, r.id).unread, 0) + privateUnread(s);
        document.title = unread > 0 ? `(${unread}) Kinship` : 'Kinship';
        if (current && current.phase !== 'chat') for (const form of document.querySelectorAll('#auth-view form')) form.reset();
    }

    function renderAdmin(s) {
        $('admin-error').textContent = s.adminError;
        $('invite-result').hidden = !s.invite;
        $('invite-form').hidden = Boolean(s.invite);
        if (s.invite && (!current || current.invite !== s.invite)) {
            $('invite-code').textContent = s.invite.code;
            $('invite-expires').textContent = `Works until ${new Date(s.invite.expiresAt).toLocaleString()}.`;
            $('invite-copied').textContent = '';
        }
        if (!s.invite) $('invite-code').textContent = '';
    }

    function renderRoom(s) {
        const room = s.rooms[s.openRoomId];
        const panel = Boolean(s.panel); // a moderation panel takes the room's place while it is open
        $('no-room').hidden = Boolean(room) || panel || s.openConversationId !== null;
        $('room-open').hidden = !room || panel;
        $('members-panel').hidden = !room || panel;
        $('room-error').textContent = s.roomError;
        switchDraft(room ? room.id : null);
        takeBackDraft(s);
        if (!room) return;
        const block = postBlock(s, room.id);
        postable = canPost(s, room.id) && block === null;
        sendable = postable && slowWait(s, room.id) === 0;
        $('composer').disabled = !postable;
        $('composer').placeholder = postable ? 'Write a message'
            : block && canPost(s, room.id) ? CLOSED_COMPOSER[block].placeholder : 'You can read along, but not post here right now';
        showRemaining();
        $('room-name').textContent = room.name;
        $('room-topic').textContent = room.topic || '';
        const scroller = $('scroller');
        const roomChanged = !current || current.openRoomId !== room.id;
        const fromBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
        const firstBefore = $('message-list').firstElementChild;
        renderMessages($('message-list'), s);
        renderMilestones($('room-milestones'), s); // apart from the message list: never part of its seqs
        const older = olderAvailable(s);
        const t = thread(s, room.id);
        $('load-older').hidden = !older;
        $('load-older').disabled = t.loadingOlder;
        $('load-older').textContent = t.loadingOlder ? 'Loading older messages…' : 'Load older messages';
        $('room-start').hidden = older || t.loadingOlder || $('message-list').childElementCount === 0;
        const grewAtTop = firstBefore && $('message-list').firstElementChild !== firstBefore;
        if (roomChanged || fromBottom < BOTTOM_SLACK_PX || sentJustNow(s)) {
            scroller.scrollTop = scroller.scrollHeight;
            atBottom = true;
        } else if (grewAtTop) {
            scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight - fromBottom;
        }
        $('members-title').textContent = renderMembers($('members'), s, room.id);
        const typers = typingHandles(s, room.id, s.now);
        $('typing').textContent = typingText(typers);
    }

    /** A message the server refused (a blocked word, guidelines to agree to) comes back to be changed or sent again. */
    function takeBackDraft(s) {
        const back = s.draftReturn;
        if (!back || (current && current.draftReturn === back)) return;
        if (back.roomId !== s.openRoomId) {
            drafts.set(back.roomId, joinDraft(back.body, drafts.get(back.roomId)));
            return;
        }
        $('composer').value = joinDraft(back.body, $('composer').value);
    }

    function olderAvailable(s) {
        return s.openRoomId !== null && canLoadOlder(s, s.openRoomId) && !thread(s, s.openRoomId).loadingOlder;
    }

    function sentJustNow(s) {
        return current && Object.keys(s.pending).some((k) => !current.pending[k]);
    }

    function switchDraft(roomId) {
        if (roomId === shownRoomId) return;
        if (shownRoomId !== null) drafts.set(shownRoomId, $('composer').value);
        $('composer').value = roomId !== null ? drafts.get(roomId) || '' : '';
        shownRoomId = roomId;
        showRemaining();
    }

    function restoreFocus(s, focusKey) {
        const prev = current;
        if (prev && s.editing && prev.editing !== s.editing) {
            const box = document.querySelector('#message-list .edit-body');
            if (box) {
                box.focus();
                box.setSelectionRange(box.value.length, box.value.length);
            }
            return;
        }
        if (prev && s.confirmingDelete && prev.confirmingDelete !== s.confirmingDelete) {
            focusByKey(`cancel-delete-${s.confirmingDelete.seq}`);
            return;
        }
        if (prev && prev.editing && !s.editing) {
            if (!focusByKey(`edit-${prev.editing.seq}`)) $('composer').focus();
            return;
        }
        if (prev && prev.confirmingDelete && !s.confirmingDelete) {
            if (!focusByKey(`delete-${prev.confirmingDelete.seq}`)) $('composer').focus();
            return;
        }
        const active = document.activeElement;
        const lost = !active || active === document.body;
        if (prev && prev.openRoomId !== s.openRoomId && s.openRoomId !== null && prev.phase === 'chat'
                && (lost || $('sidebar').contains(active))) {
            $('composer').focus();
            return;
        }
        if (focusKey && lost) focusByKey(focusKey);
    }

    function focusByKey(key) {
        const target = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
        if (target) target.focus();
        return Boolean(target);
    }

    return { render };
}

function joinDraft(returned, typed) {
    return typed && typed.trim() !== '' ? `${returned}\n${typed}` : returned;
}

export function typingText(handles) {
    if (handles.length === 0) return '';
    if (handles.length === 1) return `${handles[0]} is typing…`;
    if (handles.length === 2) return `${handles[0]} and ${handles[1]} are typing…`;
    return 'Several people are typing…';
}

function onSubmit(formId, handler) {
    byId(formId).addEventListener('submit', (e) => {
        e.preventDefault();
        handler();
    });
}
