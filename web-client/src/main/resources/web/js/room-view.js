// How the open room is run, on the page: the room's settings panel (with its join requests), the
// guidelines to agree to, the lock, archive and slow mode lines, the pinned strip, the word list and
// the admins' invites. Renders from the state; turns input into calls on `actions`. Text only via
// textContent (see dom.js); the lists themselves are built in panels.js.

import { byId, el, reconcile } from './dom.js';
import { moderates, isAdmin } from './moderation-state.js';
import {
    settingsOf, needsGuidelines, postBlock, slowWait, pinnedItems, joinRequestsFor, mayRunRoom, isStaff, settingsForm,
    changedSettings,
} from './room-state.js';
import { renderJoinRequests, renderWordList, renderInvites } from './panels.js';
import { UNATTENDED_CHOICES } from './care-words.js';
import {
    CLOSED_COMPOSER, LOCKED_FOR_LEADERS, GUIDELINES_TITLE, GUIDELINES_CHANGED_TITLE, GUIDELINES_EMPTY,
    SLOW_MODE_CHOICES, VISIBILITY_CHOICES, WORD_ACTIONS, WORDS_INTRO, WORDS_READ_ONLY, slowModeNote, slowModeWait,
} from './words.js';

/** Longest excerpt of a pinned message in the strip, in characters (the rest is one click away). */
const PIN_EXCERPT_CHARS = 140;

export function createRoomView(actions) {
    const $ = byId;
    let current = null;
    let filled = null; // "roomId|settingsSaved": the settings form was filled for this
    let shown = null;  // the values the settings form was filled with

    bind();

    function bind() {
        $('room-settings').addEventListener('click', () => actions.openSettings());
        $('words-button').addEventListener('click', () => actions.openWords());
        $('show-guidelines').addEventListener('click', () => actions.toggleGuidelines(current.openRoomId));
        $('close-guidelines').addEventListener('click', () => actions.toggleGuidelines(current.openRoomId));
        $('accept-guidelines').addEventListener('click', () => actions.acceptGuidelines(current.openRoomId));
        $('settings-visibility').append(...VISIBILITY_CHOICES.map(([value, label]) => el('option', { value }, label)));
        $('settings-unattended').append(...UNATTENDED_CHOICES.map(([value, label]) => el('option', { value }, label)));
        $('word-action').append(...WORD_ACTIONS.map(([value, label]) => el('option', { value }, label)));
        $('settings-form').addEventListener('submit', (e) => {
            e.preventDefault();
            const name = $('settings-name');
            name.setCustomValidity(name.value.trim() === '' ? 'A room needs a name.' : '');
            if (!e.target.reportValidity()) return;
            actions.saveSettings(readSettings(), shown);
        });
        $('settings-form').addEventListener('input', (e) => {
            e.target.setCustomValidity?.('');
            if (current?.settingsNotice) actions.clearSettingsNotice();
        });
        $('join-requests').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            actions.decideJoin(current.openRoomId, Number(button.dataset.userId), button.dataset.action === 'approve-join');
        });
        $('pinned-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            const seq = Number(button.dataset.seq);
            if (button.dataset.action === 'unpin') actions.pin(seq, false);
            else showMessage(seq);
        });
        bindWords();
        $('invites-details').addEventListener('toggle', () => {
            if ($('invites-details').open) actions.loadInvites();
        });
        $('invite-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=revoke-invite]');
            if (button) actions.revokeInvite(button.dataset.inviteId);
        });
    }

    function bindWords() {
        $('word-form').addEventListener('submit', (e) => {
            e.preventDefault();
            const input = $('word-input');
            if (input.value.trim() === '') return;
            actions.addWord(input.value, $('word-action').value);
            input.value = '';
            input.focus();
        });
        $('word-list').addEventListener('change', (e) => {
            const select = e.target.closest('select[data-word]');
            if (select) actions.setWordAction(select.dataset.word, select.value);
        });
        $('word-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=remove-word]');
            if (button) actions.removeWord(button.dataset.word);
        });
        $('save-words').addEventListener('click', () => actions.saveWords());
    }

    /** Scrolls a pinned message into view when it is in the list, and marks it for a moment. */
    function showMessage(seq) {
        const item = document.querySelector(`#message-list [data-seq="${seq}"]`);
        if (!item) return;
        item.scrollIntoView({ block: 'center', behavior: 'smooth' });
        item.classList.add('flash');
        setTimeout(() => item.classList.remove('flash'), 1600);
    }

    // --- rendering --------------------------------------------------------------------------

    function render(s) {
        const room = s.rooms[s.openRoomId];
        $('words-button').hidden = !isStaff(s);
        renderInvitesList(s);
        if (room) renderRoomState(s, room);
        if (s.panel === 'settings' && room) renderSettings(s, room);
        if (s.panel === 'words') renderWords(s);
        moveFocus(s);
        current = s;
    }

    function renderRoomState(s, room) {
        const settings = settingsOf(room);
        const moderator = moderates(s, room.id);
        const waiting = joinRequestsFor(s, room.id).length;
        $('room-settings').hidden = !mayRunRoom(s, room.id);
        $('join-badge').hidden = waiting === 0;
        $('join-badge').textContent = waiting === 0 ? '' : `${waiting} waiting`;
        $('room-settings').setAttribute('aria-label', waiting === 0 ? 'Room settings' : `Room settings, ${waiting} waiting to join`);

        const block = postBlock(s, room.id);
        const locked = settings.locked && !settings.archived;
        $('locked-banner').hidden = !locked;
        $('locked-banner').textContent = moderator ? LOCKED_FOR_LEADERS : CLOSED_COMPOSER.locked.banner;
        $('locked-banner').dataset.forLeaders = String(moderator);
        $('archived-banner').hidden = !settings.archived;
        $('archived-banner').textContent = CLOSED_COMPOSER.archived.banner;

        renderGuidelines(s, room, block);

        const slow = settings.slowModeSeconds > 0 && !settings.archived && block === null;
        const wait = moderator ? 0 : slowWait(s, room.id);
        $('slow-mode-note').hidden = !slow;
        $('slow-mode-note').textContent = !slow ? '' : wait > 0 ? `${slowModeNote(settings.slowModeSeconds, false)} ${slowModeWait(wait)}`
            : slowModeNote(settings.slowModeSeconds, moderator);
        $('slow-mode-note').classList.toggle('waiting', wait > 0);

        renderPins(s, room, moderator);
    }

    function renderGuidelines(s, room, block) {
        const settings = settingsOf(room);
        const required = block === 'guidelines';
        const reading = Boolean(s.guidelinesShown[room.id]) && !required;
        const hasText = settings.guidelines !== '';
        $('show-guidelines').hidden = required || !hasText || !room.joined;
        $('show-guidelines').setAttribute('aria-expanded', String(reading));
        $('guidelines-panel').hidden = !(required || reading);
        if (!(required || reading)) return;
        const changed = required && (room.guidelinesAccepted || 0) > 0;
        $('guidelines-title').textContent = required ? (changed ? GUIDELINES_CHANGED_TITLE : GUIDELINES_TITLE) : 'The room\'s guidelines';
        $('guidelines-text').textContent = hasText ? settings.guidelines : GUIDELINES_EMPTY;
        $('guidelines-text').classList.toggle('hint', !hasText);
        $('guidelines-note').textContent = required ? CLOSED_COMPOSER.guidelines.note : '';
        $('accept-guidelines').hidden = !required;
        $('accept-guidelines').textContent = hasText ? 'I agree' : 'OK';
        $('close-guidelines').hidden = required;
        $('guidelines-panel').dataset.version = String(settings.guidelinesVersion);
    }

    function renderPins(s, room, moderator) {
        const items = room.joined ? pinnedItems(s, room.id) : [];
        $('pinned-strip').hidden = items.length === 0;
        $('pinned-title').textContent = items.length > 1 ? `Pinned (${items.length})` : 'Pinned';
        reconcile($('pinned-list'), items, (p) => p.seq,
            (p) => [p.message ? p.message.rev : 0, moderator, Boolean(p.message && s.blocked[p.message.senderId])].join('|'),
            (p) => pinItem(p, s, moderator));
    }

    function pinItem(p, s, moderator) {
        const m = p.message;
        const hidden = m && s.blocked[m.senderId];
        const text = !m ? `Pinned message #${p.seq}` : hidden ? 'A pinned message from someone you blocked'
            : m.body.length > PIN_EXCERPT_CHARS ? `${m.body.slice(0, PIN_EXCERPT_CHARS)}…` : m.body;
        return el('li', { className: 'pinned-item', testid: 'pinned-item', 'data-seq': p.seq },
            el('button', { type: 'button', className: 'pinned-text', 'data-action': 'show', 'data-seq': p.seq,
                title: m && !hidden ? 'Show in the conversation' : null },
            m && !hidden ? el('span', { className: 'author', text: `${m.senderHandle}: ` }) : null,
            el('span', { text })),
            moderator ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'unpin', 'data-seq': p.seq,
                testid: 'unpin-message', 'aria-label': `Unpin message #${p.seq}` }, 'Unpin') : null);
    }

    function readSettings() {
        return {
            name: $('settings-name').value.trim(),
            topic: $('settings-topic').value.trim(),
            guidelines: $('settings-guidelines').value.trim(),
            visibility: $('settings-visibility').value,
            locked: $('settings-locked').checked,
            slowModeSeconds: Number($('settings-slow-mode').value),
            archived: $('settings-archived').checked,
            unattended: $('settings-unattended').value,
            retentionDays: $('settings-retention').value.trim() === '' ? 0 : Number($('settings-retention').value),
        };
    }

    function renderSettings(s, room) {
        const settings = settingsOf(room);
        const key = `${room.id}|${s.settingsSaved}`;
        const opened = !current || current.panel !== 'settings' || current.openRoomId !== room.id;
        // Filled on opening and after a save; another leader's change shows at once unless this form has edits.
        const untouched = shown !== null && Object.keys(changedSettings(shown, readSettings())).length === 0;
        const changedElsewhere = current && current.rooms[room.id] !== room && untouched;
        if (opened || filled !== key || changedElsewhere) {
            filled = key;
            shown = settingsForm(room);
            fillSettings(room, settings);
        }
        $('settings-notice').textContent = s.settingsNotice;
        const requests = joinRequestsFor(s, room.id);
        $('join-requests-section').hidden = settings.visibility !== 'closed' && requests.length === 0;
        $('no-join-requests').hidden = renderJoinRequests($('join-requests'), requests) > 0;
    }

    function fillSettings(room, settings) {
        $('settings-name').value = room.name;
        $('settings-topic').value = room.topic || '';
        $('settings-guidelines').value = settings.guidelines;
        $('settings-visibility').value = settings.visibility;
        const choices = SLOW_MODE_CHOICES.some(([value]) => value === settings.slowModeSeconds) ? SLOW_MODE_CHOICES
            : SLOW_MODE_CHOICES.concat([[settings.slowModeSeconds, `${settings.slowModeSeconds} seconds`]]);
        $('settings-slow-mode').replaceChildren(...choices.map(([value, label]) => el('option', { value }, label)));
        $('settings-slow-mode').value = String(settings.slowModeSeconds);
        $('settings-locked').checked = settings.locked;
        $('settings-archived').checked = settings.archived;
        $('settings-unattended').value = settings.unattended || 'open';
        $('settings-retention').value = settings.retentionDays ? String(settings.retentionDays) : '';
    }

    function renderWords(s) {
        const admin = isAdmin(s);
        const words = s.words;
        $('words-intro').textContent = admin ? WORDS_INTRO : WORDS_INTRO + WORDS_READ_ONLY;
        $('word-form').hidden = !admin;
        $('save-words').parentElement.hidden = !admin;
        const draft = words ? words.draft : [];
        $('no-words').hidden = !words || draft.length > 0;
        renderWordList($('word-list'), draft, admin);
        $('save-words').disabled = !words || words.busy || words.draft === words.rules;
        $('words-notice').textContent = words ? words.notice : '';
        $('words-error').textContent = words ? words.error : '';
    }

    function renderInvitesList(s) {
        if (!isAdmin(s)) return;
        const invites = s.invites || [];
        renderInvites($('invite-list'), invites);
        $('no-invites').hidden = !s.invites || invites.length > 0;
    }

    /** Agreeing to (or closing) the guidelines goes back to writing; opening them goes to their title. */
    function moveFocus(s) {
        const prev = current;
        const roomId = s.openRoomId;
        if (!prev || roomId === null || prev.openRoomId !== roomId) return;
        const wasOpen = needsGuidelines(prev, roomId) || Boolean(prev.guidelinesShown[roomId]);
        const isOpen = !$('guidelines-panel').hidden;
        if (wasOpen && !isOpen && lost()) $('composer').focus();
        else if (!wasOpen && isOpen && s.guidelinesShown[roomId]) $('guidelines-title').focus();
    }

    return { render };
}

function lost() {
    const active = document.activeElement;
    return !active || active === document.body;
}
