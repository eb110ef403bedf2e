// Coaching on the page: for participants the "Coaching and check-in" panel (who their coach is, or a form to
// ask for one, the waiting line, the consent to share the earlier conversation, the daily check-in and its
// trend); for peer leaders, supervisors and admins the "Caseload" panel (the people they coach, the queue
// with Accept, and for supervisors and admins assigning and ending coaching). Text only via textContent.

import { byId, el, reconcile, shortDay } from './dom.js';
import { isParticipant, isCoach, canAssign, caseloadAttention, assignChoices } from './coaching-state.js';
import { renderTrend } from './trend-chart.js';
import { mayReview } from './org-settings-state.js';
import {
    coachLine, waitingLine, NO_COACH_INTRO, shareLabel, SHARE_HINT, COACHING_INTRO_STAFF, capacityLine, lastContactText,
    lastCheckinText, COACHING_INTRO_OTHER, QUIET_TEXT, QUIET_HINT, requestedText, MOODS, CHECKIN_INTRO,
} from './coaching-words.js';

/** The panels this view fills; closing one gives focus back to the button that opened it. */
const OWN_PANELS = new Set(['coaching', 'caseload']);

export function createCoachingView(actions) {
    const $ = byId;
    let current = null;
    let opener = null;
    let confirmingEnd = false;

    bind();

    function bind() {
        $('coaching-button').addEventListener('click', () => {
            opener = 'coaching-button';
            actions.openCoaching();
        });
        $('caseload-button').addEventListener('click', () => {
            opener = 'caseload-button';
            actions.openCaseload();
        });
        $('open-coaching-conversation').addEventListener('click', () => {
            if (current?.coaching?.conversationId) actions.openConversation(current.coaching.conversationId);
        });
        $('share-toggle').addEventListener('change', (e) => actions.shareHistory(e.target.checked));
        $('coach-request-form').addEventListener('submit', (e) => {
            e.preventDefault();
            actions.askForCoach($('coach-request-note').value.trim());
        });
        $('coach-request-intro').textContent = NO_COACH_INTRO;
        bindCheckin();
        bindCaseload();
    }

    function bindCheckin() {
        $('checkin-intro').textContent = CHECKIN_INTRO;
        $('mood-options').append(...MOODS.map(([value, label]) => el('label', { className: 'mood-option' },
            el('input', { type: 'radio', name: 'mood', value, testid: `mood-${value}`, required: value === 1 }),
            el('span', { text: label }))));
        const craving = $('checkin-craving');
        craving.addEventListener('input', () => {
            $('checkin-craving-value').textContent = craving.value;
        });
        $('checkin-form').addEventListener('submit', async (e) => {
            e.preventDefault();
            const form = e.target;
            if (!form.reportValidity()) return;
            const mood = Number(new FormData(form).get('mood'));
            if (await actions.recordCheckin(mood, Number(craving.value), $('checkin-note').value.trim())) $('checkin-note').value = '';
        });
    }

    function bindCaseload() {
        $('caseload-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            if (button.dataset.action === 'open-conversation') actions.openCaseloadConversation(Number(button.dataset.conversationId));
            if (button.dataset.action === 'show-checkins') actions.showCheckinsOf(Number(button.dataset.userId));
            if (button.dataset.action === 'review-conversation') {
                actions.openReview(Number(button.dataset.conversationId), button.dataset.handle, $('caseload-coach').selectedOptions[0]?.textContent);
            }
        });
        $('request-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=accept-request]');
            if (button) actions.acceptRequest(Number(button.dataset.userId));
        });
        $('caseload-coach').addEventListener('change', (e) => actions.showCaseloadOf(Number(e.target.value)));
        const handleOf = () => $('assign-participant').selectedOptions[0]?.textContent || '';
        $('assign-form').addEventListener('submit', async (e) => {
            e.preventDefault();
            confirmingEnd = false;
            await actions.assignCoach(Number($('assign-participant').value), Number($('assign-coach').value), handleOf());
        });
        $('end-coaching').addEventListener('click', () => {
            confirmingEnd = true;
            $('end-confirm-text').textContent = `End coaching for ${handleOf()}?`;
            $('end-confirm').hidden = false;
            $('cancel-end-coaching').focus();
        });
        $('cancel-end-coaching').addEventListener('click', () => {
            confirmingEnd = false;
            $('end-confirm').hidden = true;
            $('end-coaching').focus();
        });
        $('confirm-end-coaching').addEventListener('click', async () => {
            confirmingEnd = false;
            $('end-confirm').hidden = true;
            await actions.endCoaching(Number($('assign-participant').value), handleOf());
            $('end-coaching').focus();
        });
        $('assign-participant').addEventListener('change', () => {
            confirmingEnd = false;
            $('end-confirm').hidden = true;
        });
    }

    // --- rendering --------------------------------------------------------------------------

    function render(s) {
        const participant = isParticipant(s);
        const coach = isCoach(s);
        $('coaching-button').hidden = !participant;
        $('caseload-button').hidden = !coach;
        const { waiting } = caseloadAttention(s);
        $('caseload-badge').hidden = waiting === 0;
        $('caseload-badge').textContent = `${waiting} waiting`;
        $('caseload-button').setAttribute('aria-label', waiting === 0 ? 'Caseload' : `Caseload, ${waiting} waiting for a coach`);
        if (s.panel === 'coaching') renderCoaching(s);
        if (s.panel === 'caseload') renderCaseload(s);
        moveFocus(s);
        current = s;
    }

    function renderCoaching(s) {
        const c = s.coaching;
        const hasCoach = Boolean(c && c.coachHandle);
        $('coach-status').textContent = !c ? 'Loading…' : hasCoach ? coachLine(c) : c.requestedAt ? waitingLine(c)
            : 'You have no coach at the moment.';
        $('coach-status').dataset.state = !c ? 'loading' : hasCoach ? 'coached' : c.requestedAt ? 'waiting' : 'none';
        $('open-coaching-conversation').hidden = !(hasCoach && c.conversationId);
        $('open-coaching-conversation').textContent = hasCoach ? `Write to ${c.coachHandle}` : '';
        const share = hasCoach && c.earlierHistory;
        $('share-history').hidden = !share;
        $('share-hint').hidden = !share;
        if (share) {
            $('share-label').textContent = shareLabel(c.coachHandle);
            $('share-hint').textContent = SHARE_HINT;
            $('share-toggle').checked = c.historyShared;
            $('share-toggle').disabled = s.coachingBusy;
        }
        $('coach-request-form').hidden = !c || hasCoach || Boolean(c.requestedAt);
        $('coach-request-form').querySelector('button[type=submit]').disabled = s.coachingBusy;
        $('coaching-error').textContent = s.coachingError;
        $('checkin-form').querySelector('button[type=submit]').disabled = s.checkinBusy;
        $('checkin-notice').textContent = s.checkinNotice;
        $('checkin-error').textContent = s.checkinError;
        if (!current || current.checkins !== s.checkins || current.panel !== 'coaching') renderTrend($('checkin-trend'), s.checkins);
    }

    function renderCaseload(s) {
        const cl = s.caseload;
        const overseer = canAssign(s);
        $('caseload-intro').textContent = !cl || cl.coachId === s.me?.id ? COACHING_INTRO_STAFF : COACHING_INTRO_OTHER;
        $('caseload-capacity').textContent = cl ? capacityLine(cl) : 'Loading…';
        const entries = cl ? cl.entries : [];
        const review = Boolean(cl && cl.coachId !== s.me?.id && mayReview(s)); // a supervisor, on another coach's caseload
        reconcile($('caseload-list'), entries, (x) => x.participantId,
            (x) => [x.handle, x.unread, x.lastContactAt, x.lastCheckinAt, x.quiet, x.since, review].join('|'), (x) => caseloadItem(x, review));
        $('no-caseload').hidden = !cl || entries.length > 0;
        const trend = s.checkins && s.checkins.userId !== s.me?.id && entries.some((x) => x.participantId === s.checkins.userId) ? s.checkins : null;
        $('caseload-trend').hidden = !trend;
        if (!current || current.checkins !== s.checkins || current.panel !== 'caseload') renderTrend($('caseload-trend'), trend, true);
        const requests = s.coachRequests || [];
        reconcile($('request-list'), requests, (r) => r.participantId, (r) => [r.handle, r.note, r.requestedAt].join('|'), requestItem);
        $('no-requests').hidden = s.coachRequests === null || requests.length > 0;
        $('caseload-whose').hidden = !overseer;
        $('assign-section').hidden = !overseer;
        if (overseer) renderAssign(s, cl);
        $('coaching-notice').textContent = s.coachingNotice;
        $('caseload-error').textContent = s.caseloadError;
    }

    function renderAssign(s, cl) {
        if (current && current.users === s.users && current.panel === 'caseload' && current.caseload?.coachId === cl?.coachId) return;
        const { participants, coaches } = assignChoices(s);
        fillSelect($('assign-participant'), participants);
        fillSelect($('assign-coach'), coaches);
        fillSelect($('caseload-coach'), coaches.some((u) => u.id === s.me?.id) ? coaches : [s.me, ...coaches].filter(Boolean));
        if (cl) $('caseload-coach').value = String(cl.coachId);
        $('end-confirm').hidden = !confirmingEnd;
    }

    function moveFocus(s) {
        const prev = current;
        if (prev && OWN_PANELS.has(prev.panel) && !s.panel && opener) {
            const back = $(opener);
            if (back && !back.closest('[hidden]') && s.openConversationId === null) back.focus();
            opener = null;
        }
    }

    return { render };
}

function caseloadItem(x, review) {
    return el('li', { className: x.quiet ? 'caseload-entry quiet' : 'caseload-entry', testid: 'caseload-entry',
        'data-user-id': x.participantId, 'data-quiet': String(x.quiet) },
    el('div', { className: 'caseload-who' },
        el('span', { className: 'caseload-handle', text: x.handle }),
        x.unread > 0 ? el('span', { className: 'badge', testid: 'caseload-unread', text: `${x.unread} new` }) : null,
        x.quiet ? el('span', { className: 'quiet-flag', testid: 'quiet-flag', title: QUIET_HINT },
            el('span', { 'aria-hidden': 'true', text: '◔ ' }), QUIET_TEXT) : null),
    el('p', { className: 'caseload-detail hint' },
        el('span', { text: `Since ${shortDay(x.since)}` }),
        el('span', { text: lastContactText(x.lastContactAt) }),
        el('span', { text: lastCheckinText(x.lastCheckinAt) })),
    x.quiet ? el('p', { className: 'hint quiet-hint', text: QUIET_HINT }) : null,
    el('div', { className: 'caseload-actions' },
        el('button', { type: 'button', className: 'small primary', 'data-action': 'open-conversation', testid: 'open-caseload-conversation',
            'data-conversation-id': x.conversationId, 'aria-label': `Write to ${x.handle}` }, 'Open conversation'),
        el('button', { type: 'button', className: 'small', 'data-action': 'show-checkins', testid: 'show-checkins',
            'data-user-id': x.participantId, 'aria-label': `Check-ins of ${x.handle}` }, 'Check-ins'),
        el('button', { type: 'button', className: 'small', 'data-action': 'record-referral', testid: 'record-referral',
            'data-user-id': x.participantId, 'data-handle': x.handle, 'data-focus-key': `referral-${x.participantId}`,
            'aria-label': `Record a referral for ${x.handle}` }, 'Record a referral'),
        review ? el('button', { type: 'button', className: 'small', 'data-action': 'review-conversation', testid: 'review-conversation',
            'data-conversation-id': x.conversationId, 'data-handle': x.handle, 'aria-label': `Review the conversation with ${x.handle}` },
        'Review conversation') : null));
}

function requestItem(r) {
    return el('li', { className: 'caseload-entry request', testid: 'coach-request', 'data-user-id': r.participantId },
        el('div', { className: 'caseload-who' },
            el('span', { className: 'caseload-handle', text: r.handle }),
            el('span', { className: 'hint', text: requestedText(r) })),
        r.note ? el('p', { className: 'request-note', text: r.note }) : null,
        el('div', { className: 'caseload-actions' },
            el('button', { type: 'button', className: 'small primary', 'data-action': 'accept-request', testid: 'accept-request',
                'data-user-id': r.participantId, 'aria-label': `Coach ${r.handle}` }, 'Accept')));
}

function fillSelect(select, users) {
    const chosen = select.value;
    select.replaceChildren(...users.map((u) => el('option', { value: u.id }, u.handle)));
    if (users.some((u) => String(u.id) === chosen)) select.value = chosen;
}
