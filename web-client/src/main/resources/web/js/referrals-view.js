// Referrals on the page: the staff's "Referrals" button (with the open count for supervisors and admins)
// and panel (counts by kind, the open or the done ones, "Mark done" with an optional note); and in the
// caseload panel the coach's form to record one for a participant, with the words on what coaches do not
// do. Participants never see any of it. Text only via textContent.

import { byId, el, reconcile, shortTime } from './dom.js';
import { seesReferrals, finishesReferrals, openReferralCount } from './referrals-state.js';
import {
    REFERRAL_KINDS, REFERRAL_EXPLAIN, REFERRALS_INTRO_OVERSEER, REFERRALS_INTRO_COACH, NO_OPEN_REFERRALS, NO_DONE_REFERRALS,
    kindLabel, referralMade, referralDoneLine, referralTitle,
} from './care-words.js';

/** Longest referral note and done note, in characters (PROTOCOL.md). */
const MAX_NOTE_CHARS = 500;

export function createReferralsView(actions) {
    const $ = byId;
    let current = null;
    let focusNote = false; // focus the "Mark done" note once its form is drawn
    let opener = null;     // the caseload button that opened the form

    bind();

    function bind() {
        $('referrals-button').addEventListener('click', () => actions.openReferrals());
        $('referrals-show-done').addEventListener('change', (e) => actions.showReferrals(e.target.checked ? 'done' : 'open'));
        $('referral-explain').textContent = REFERRAL_EXPLAIN;
        $('referral-kind').append(...REFERRAL_KINDS.map(([value, label]) => el('option', { value }, label)));
        $('referral-form').addEventListener('submit', async (e) => {
            e.preventDefault();
            const note = $('referral-note');
            note.setCustomValidity(note.value.trim() === '' ? 'Please write a few words for the supervisors.' : '');
            if (!e.target.reportValidity()) return;
            if (await actions.createReferral($('referral-kind').value, note.value.trim())) {
                e.target.reset();
                returnFocus();
            }
        });
        $('referral-note').addEventListener('input', (e) => e.target.setCustomValidity(''));
        $('cancel-referral').addEventListener('click', () => {
            $('referral-form').reset();
            actions.closeReferral();
            returnFocus();
        });
        $('caseload-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=record-referral]');
            if (!button) return;
            opener = button.dataset.focusKey;
            actions.askReferral(Number(button.dataset.userId), button.dataset.handle);
        });
        const list = $('referral-list');
        list.addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            if (button.dataset.action === 'mark-done') {
                focusNote = true;
                actions.askFinishReferral(Number(button.dataset.referralId));
            } else if (button.dataset.action === 'cancel-done') {
                actions.cancelFinishReferral();
            }
        });
        list.addEventListener('submit', (e) => {
            e.preventDefault();
            actions.finishReferral(e.target.querySelector('textarea').value.trim());
        });
    }

    function returnFocus() {
        const back = opener && document.querySelector(`[data-focus-key="${CSS.escape(opener)}"]`);
        if (back) back.focus();
        opener = null;
    }

    function render(s) {
        const staff = seesReferrals(s);
        const open = finishesReferrals(s) ? openReferralCount(s) : 0;
        $('referrals-button').hidden = !staff;
        $('referrals-badge').hidden = open === 0;
        $('referrals-badge').textContent = String(open);
        $('referrals-button').setAttribute('aria-label', open === 0 ? 'Referrals' : `Referrals, ${open} open`);
        if (s.panel === 'referrals') renderPanel(s);
        if (s.panel === 'caseload') renderForm(s);
        current = s;
    }

    function renderPanel(s) {
        const r = s.referrals;
        const finisher = finishesReferrals(s);
        $('referrals-intro').textContent = finisher ? REFERRALS_INTRO_OVERSEER : REFERRALS_INTRO_COACH;
        $('referrals-show-done').checked = Boolean(r && r.status === 'done');
        const counts = r ? r.counts : [];
        $('referral-counts').hidden = counts.length === 0;
        $('referral-count-rows').replaceChildren(...counts.map((c) => el('tr', { testid: 'referral-count', 'data-kind': c.kind },
            el('th', { scope: 'row', text: kindLabel(c.kind) }), el('td', { text: String(c.open) }), el('td', { text: String(c.done) }))));
        const list = r ? r.list : [];
        const finishing = s.referralFinish;
        reconcile($('referral-list'), list, (x) => x.id,
            (x) => [x.status, x.doneNote, finisher, finishing && finishing.id === x.id].join('|'),
            (x) => referralItem(x, finisher, Boolean(finishing && finishing.id === x.id)));
        const form = $('referral-list').querySelector('form');
        if (form && finishing) {
            form.querySelector('[data-testid=referral-done-error]').textContent = finishing.error;
            form.querySelector('[type=submit]').disabled = finishing.busy;
            if (focusNote) form.querySelector('textarea').focus();
        }
        focusNote = false;
        $('no-referrals').hidden = !r || list.length > 0;
        $('no-referrals').textContent = r && r.status === 'done' ? NO_DONE_REFERRALS : NO_OPEN_REFERRALS;
    }

    function renderForm(s) {
        const d = s.referralDraft;
        const section = $('referral-section');
        const wasOpen = current && current.referralDraft && current.panel === 'caseload';
        section.hidden = !d;
        $('referral-notice').textContent = s.referralNotice;
        if (!d) return;
        $('referral-title').textContent = referralTitle(d.handle);
        $('save-referral').disabled = d.busy;
        $('referral-error').textContent = d.error;
        if (!wasOpen || current.referralDraft.participantId !== d.participantId) {
            section.scrollIntoView({ block: 'nearest' });
            $('referral-kind').focus();
        }
    }

    return { render };
}

function referralItem(r, finisher, finishing) {
    const done = r.status === 'done';
    return el('li', { className: done ? 'report referral done' : 'report referral', testid: 'referral-item', 'data-referral-id': r.id,
        'data-status': r.status, 'data-kind': r.kind },
    el('p', { className: 'report-head' },
        el('span', { className: 'category', testid: 'referral-kind', text: kindLabel(r.kind) }),
        el('span', { testid: 'referral-person', text: `for ${r.participantHandle}` }),
        el('time', { className: 'hint', datetime: r.createdAt, text: shortTime(r.createdAt) })),
    el('p', { className: 'report-note', testid: 'referral-note-text', text: r.note }),
    el('p', { className: 'hint', text: referralMade(r) }),
    done ? el('p', { className: 'referral-done-line', testid: 'referral-done-line', text: referralDoneLine(r) }) : null,
    done && r.doneNote ? el('p', { className: 'report-note', text: r.doneNote }) : null,
    !done && finisher && !finishing ? el('div', { className: 'report-actions' },
        el('button', { type: 'button', className: 'small', 'data-action': 'mark-done', testid: 'mark-referral-done',
            'data-referral-id': r.id, 'data-focus-key': `mark-done-${r.id}`, 'aria-label': `Mark done: ${kindLabel(r.kind)} for ${r.participantHandle}` },
        'Mark done')) : null,
    !done && finisher && finishing ? doneForm(r) : null);
}

function doneForm(r) {
    const id = `referral-done-note-${r.id}`;
    return el('form', { className: 'referral-done-form' },
        el('label', { for: id }, 'What was done ', el('span', { className: 'optional', text: '(optional, for the staff)' })),
        el('textarea', { id, rows: 2, maxlength: MAX_NOTE_CHARS, testid: 'referral-done-note' }),
        el('p', { className: 'error', role: 'alert', testid: 'referral-done-error' }),
        el('div', { className: 'report-actions' },
            el('button', { type: 'submit', className: 'primary small', testid: 'confirm-referral-done' }, 'Mark done'),
            el('button', { type: 'button', className: 'quiet small', 'data-action': 'cancel-done', testid: 'cancel-referral-done' }, 'Cancel')));
}
