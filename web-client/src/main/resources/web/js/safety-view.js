// The safety net on the page: the footer's "I need support now" and "Help & crisis lines" buttons with
// whether a peer leader is on duty; the person's own request (a status line at the top, and the support
// panel with the crisis lines); crisis lines offered privately after a risk phrase; and for staff the
// duty switch, the Support alerts button and panel, the risk phrases, and for admins the directory
// editor. Renders from the state; turns input into calls on `actions`. Text only via textContent.

import { byId } from './dom.js';
import { isAdmin } from './moderation-state.js';
import { isSafetyStaff, openAlerts, myDuty } from './safety-state.js';
import {
    renderResourceList, renderResourceGroups, renderAlerts, renderRoster, renderResourceEditor, renderRiskPhrases,
} from './safety-lists.js';
import {
    SAFETY_LINE, RESOURCES_INTRO, NO_RESOURCES, NO_CRISIS_LINES, SUPPORT_EMERGENCY, OFFERED_TITLE, DUTY_PRESENT, DUTY_NONE,
    DUTY_NOTE_HINT, ALERTS_INTRO, NO_ALERTS, DIRECTORY_INTRO, RISKS_INTRO, RISKS_READ_ONLY, supportStatusText,
} from './words.js';

/** The panels this view fills; closing one gives focus back to the button that opened it. */
const OWN_PANELS = new Set(['resources', 'support', 'alerts', 'directory', 'risks']);

export function createSafetyView(actions) {
    const $ = byId;
    const signedOutLine = $('safety-line').textContent.trim();
    let current = null;
    let opener = null;     // id of the button that opened one of this view's panels
    let focusAfter = null; // data-focus-key, or an element id, to focus after the next render
    let filledNote = null; // the duty note last put into the field from the roster

    bind();

    function bind() {
        const open = (id, run) => $(id).addEventListener('click', () => {
            opener = id;
            run();
        });
        open('help-button', () => actions.openHelp());
        open('support-button', () => actions.askSupport());
        open('alerts-button', () => actions.openAlerts());
        open('risks-button', () => actions.openRisks());
        open('directory-button', () => actions.openDirectory());
        $('support-show').addEventListener('click', () => actions.showSupport());
        $('support-dismiss').addEventListener('click', () => actions.dismissSupport());
        $('support-again').addEventListener('click', () => actions.askSupportAgain());
        $('support-all-help').addEventListener('click', () => actions.openHelp());
        $('offered-all-help').addEventListener('click', () => actions.openHelp());
        $('dismiss-offered').addEventListener('click', () => actions.dismissOffered());
        $('edit-resources').addEventListener('click', () => actions.openDirectory());
        $('offered-title').textContent = OFFERED_TITLE;
        $('resources-intro').textContent = RESOURCES_INTRO;
        $('support-told').textContent = SUPPORT_EMERGENCY;
        $('no-support-lines').textContent = NO_CRISIS_LINES;
        $('no-resources').textContent = NO_RESOURCES;
        $('alerts-intro').textContent = ALERTS_INTRO;
        $('no-alerts').textContent = NO_ALERTS;
        $('directory-intro').textContent = DIRECTORY_INTRO;
        $('duty-note-hint').textContent = DUTY_NOTE_HINT;
        $('alert-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            const alertId = Number(button.dataset.alertId);
            if (button.dataset.action === 'ack-alert') {
                focusAfter = `close-alert-${alertId}`; // "I'm responding" goes once answered
                actions.ackAlert(alertId);
            } else if (button.dataset.action === 'close-alert') {
                actions.askCloseAlert(alertId);
            }
        });
        $('duty-toggle').addEventListener('change', (e) => actions.setDuty(e.target.checked, $('duty-note').value.trim()));
        $('save-duty-note').addEventListener('click', () => actions.setDuty(true, $('duty-note').value.trim()));
        bindEditors();
    }

    function bindEditors() {
        $('risk-form').addEventListener('submit', (e) => {
            e.preventDefault();
            const input = $('risk-input');
            if (input.value.trim() === '') return;
            actions.addRisk(input.value);
            input.value = '';
            input.focus();
        });
        $('risk-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action=remove-risk-phrase]');
            if (button) actions.removeRisk(button.dataset.phrase);
        });
        $('save-risk-phrases').addEventListener('click', () => actions.saveRisks());
        const list = $('resource-editor-list');
        const edited = (e) => {
            const field = e.target.dataset.field;
            if (field) actions.editResource(Number(e.target.dataset.key), field, e.target.value);
        };
        list.addEventListener('input', edited);
        list.addEventListener('change', edited);
        list.addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            const key = Number(button.dataset.key);
            if (button.dataset.action === 'remove-resource') {
                focusAfter = 'add-resource';
                actions.removeResource(key);
            } else {
                const by = button.dataset.action === 'move-up' ? -1 : 1;
                focusAfter = `${button.dataset.action}-${key}`; // the moved entry's same button
                actions.moveResource(key, by);
            }
        });
        $('add-resource').addEventListener('click', () => {
            focusAfter = 'new-resource';
            actions.addResource();
        });
        $('save-resources').addEventListener('click', () => actions.saveResources());
    }

    // --- rendering --------------------------------------------------------------------------

    /** The footer, on every screen: the support tools only once signed in (they need the socket). */
    function renderFooter(s) {
        const chat = s.phase === 'chat';
        $('safety-tools').hidden = !chat;
        $('safety-line').textContent = chat ? SAFETY_LINE : signedOutLine;
        if (!chat) return;
        const indicator = $('duty-indicator');
        indicator.hidden = s.duty === null;
        const present = Boolean(s.duty && s.duty.length > 0);
        indicator.textContent = present ? DUTY_PRESENT : DUTY_NONE;
        indicator.dataset.onDuty = String(present);
    }

    function render(s) {
        const staff = isSafetyStaff(s);
        const open = openAlerts(s).length;
        $('alerts-button').hidden = !staff;
        $('alerts-badge').hidden = open === 0;
        $('alerts-badge').textContent = String(open);
        $('alerts-button').classList.toggle('has-open', open > 0);
        $('alerts-button').setAttribute('aria-label', open === 0 ? 'Support alerts, none open' : `Support alerts, ${open} open`);
        $('risks-button').hidden = !staff;
        $('directory-button').hidden = !isAdmin(s);
        renderDuty(s, staff);
        renderSupport(s);
        renderOffered(s);
        renderPanels(s);
        moveFocus(s);
        current = s;
    }

    function renderDuty(s, staff) {
        $('duty-tools').hidden = !staff;
        if (!staff) return;
        const mine = myDuty(s);
        $('duty-toggle').checked = Boolean(mine);
        $('duty-toggle').disabled = s.dutyBusy || s.duty === null;
        $('save-duty-note').hidden = !mine;
        $('save-duty-note').disabled = s.dutyBusy;
        $('duty-error').textContent = s.dutyError;
        renderRoster($('duty-roster'), s.duty || [], s.me ? s.me.id : null);
        const note = mine ? mine.note || '' : null;
        if (note !== null && note !== filledNote && document.activeElement !== $('duty-note')) $('duty-note').value = note;
        filledNote = note;
    }

    function renderSupport(s) {
        const x = s.support;
        const strip = $('support-strip');
        strip.hidden = !x;
        // One status line: at the top of the support panel while it is open, else at the top of the main column.
        const inPanel = s.panel === 'support';
        if (inPanel && strip.parentElement !== $('support-view')) $('support-view').prepend(strip);
        if (!inPanel && strip.parentElement !== $('room')) $('room').prepend(strip);
        strip.classList.toggle('in-panel', inPanel);
        if (!x) return;
        strip.dataset.status = x.status;
        $('support-status').textContent = supportStatusText(x);
        $('support-show').hidden = s.panel === 'support';
        $('support-dismiss').hidden = x.status !== 'closed' && x.status !== 'failed';
    }

    /** Crisis lines offered after a risk phrase; out of the way while the support or help panel shows them anyway. */
    function renderOffered(s) {
        $('support-offered').hidden = !s.offered || s.panel === 'support' || s.panel === 'resources';
        if (s.offered) renderResourceList($('offered-lines'), s.offered.crisisLines);
    }

    function renderPanels(s) {
        if (s.panel === 'resources') {
            const resources = s.resources || [];
            $('resources-loading').hidden = !(s.resourcesLoading && s.resources === null);
            $('no-resources').hidden = s.resources === null || resources.length > 0;
            renderResourceGroups($('resource-groups'), resources);
            $('edit-resources').hidden = !isAdmin(s);
        } else if (s.panel === 'support') {
            const lines = s.support ? s.support.crisisLines : [];
            renderResourceList($('support-lines'), lines);
            $('no-support-lines').hidden = lines.length > 0 || !s.support || s.support.status === 'asking';
            $('support-again').hidden = !(s.support && s.support.status === 'open');
        } else if (s.panel === 'alerts') {
            const alerts = openAlerts(s);
            renderAlerts($('alert-list'), alerts, s);
            $('no-alerts').hidden = alerts.length > 0;
        } else if (s.panel === 'directory') {
            renderDirectory(s);
        } else if (s.panel === 'risks') {
            renderRisks(s);
        }
    }

    function renderDirectory(s) {
        const d = s.resourceDraft;
        $('directory-loading').hidden = Boolean(d);
        $('resource-editor-list').hidden = !d;
        $('add-resource').hidden = !d;
        $('save-resources').parentElement.hidden = !d;
        if (!d) return;
        renderResourceEditor($('resource-editor-list'), d);
        $('add-resource').disabled = d.busy;
        $('save-resources').disabled = d.busy || !d.changed;
        $('resources-notice').textContent = d.notice;
        $('resources-error').textContent = d.error;
    }

    function renderRisks(s) {
        const admin = isAdmin(s);
        const risks = s.risks;
        $('risks-intro').textContent = admin ? RISKS_INTRO : RISKS_INTRO + RISKS_READ_ONLY;
        $('risk-form').hidden = !admin;
        $('save-risk-phrases').parentElement.hidden = !admin;
        const draft = risks ? risks.draft : [];
        $('no-risks').hidden = !risks || draft.length > 0;
        renderRiskPhrases($('risk-list'), draft, admin);
        $('save-risk-phrases').disabled = !risks || risks.busy || risks.draft === risks.phrases;
        $('risks-notice').textContent = risks ? risks.notice : '';
        $('risks-error').textContent = risks ? risks.error : '';
    }

    function moveFocus(s) {
        const prev = current;
        if (focusAfter) {
            const wanted = focusAfter;
            focusAfter = null;
            if (wanted === 'new-resource') {
                const last = $('resource-editor-list').lastElementChild;
                last?.querySelector('input[data-field=name]')?.focus();
            } else if (!focusKey(wanted) && $(wanted)) {
                $(wanted).focus();
            }
        }
        if (prev && OWN_PANELS.has(prev.panel) && !s.panel && !s.dialog && opener) {
            const back = $(opener);
            if (back && !back.closest('[hidden]')) back.focus();
            opener = null;
        }
    }

    return { render, renderFooter };
}

function focusKey(key) {
    const target = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
    if (target && !target.closest('[hidden]') && !target.disabled) target.focus();
    return Boolean(target);
}
