// The moderation part of the page: the Reports button, the person's own sanction banners, the panels
// (reports, room safety, audit trail, people, and the frame of the others), and the one <dialog> for
// forms that ask for a reason.
// Renders from the state; turns input into calls on `actions`. Text only via textContent (see dom.js).

import { byId, el, reconcile, copyCode } from './dom.js';
import { buildDialog, syncSanctionFields } from './dialogs.js';
import { renderReports, renderSanctions, renderAudit, renderPeople, renderSessions } from './panels.js';
import {
    canSeeReports, isOverseer, isAdmin, moderates, openReports, sanctionBanners, isObserver,
} from './moderation-state.js';
import { otherSessions } from './account-state.js';
import { isStaff } from './room-state.js';
import { sanctionBanner, auditActionText, AUDIT_FILTERS, SESSIONS_INTRO, ONLY_HERE } from './words.js';

const PANEL_TITLES = {
    reports: 'Reports', audit: 'Audit trail', people: 'People and roles', words: 'Word list', sessions: 'Where you\'re signed in',
    resources: 'Help & crisis lines', support: 'Support', alerts: 'Support alerts', directory: 'The resource directory',
    risks: 'Risk phrases', coaching: 'Coaching and check-in', caseload: 'Caseload',
    org: 'Organisation settings', referrals: 'Referrals', review: 'Review — read-only', data: 'Your data',
};
/** Each panel's part of the page, `${name}-view`. */
const PANELS = ['reports', 'safety', 'audit', 'people', 'settings', 'words', 'sessions', 'resources', 'support', 'alerts',
    'directory', 'risks', 'coaching', 'caseload', 'org', 'referrals', 'review', 'data'];
/** Panels about the open room: their title names it. */
const ROOM_PANEL_TITLES = { safety: 'Room safety', settings: 'Room settings' };

export function createModerationView(actions) {
    const $ = byId;
    let current = null;
    let dialogId = null;     // the id of the dialog whose form is shown
    let dialogReturn = null; // data-focus-key to return to when the dialog closes
    let panelOpener = null;  // id of the button that opened the panel, focused again when it closes

    bind();

    function bind() {
        $('reports-button').addEventListener('click', () => openPanel('reports', 'reports-button'));
        $('audit-button').addEventListener('click', () => openPanel('audit', 'audit-button'));
        $('people-button').addEventListener('click', () => openPanel('people', 'people-button'));
        $('room-safety').addEventListener('click', () => openPanel('safety', 'room-safety'));
        $('sessions-button').addEventListener('click', () => openPanel('sessions', 'sessions-button', actions.openSessions));
        $('end-other-sessions').addEventListener('click', () => actions.endOtherSessions());
        $('sessions-intro').textContent = SESSIONS_INTRO;
        $('close-panel').addEventListener('click', () => actions.closePanel());
        $('chat-notice-dismiss').addEventListener('click', () => actions.dismissNotice());
        for (const list of [$('away-banners'), $('room-banners')]) {
            list.addEventListener('click', (e) => {
                const button = e.target.closest('button[data-action=dismiss-sanction]');
                if (button) actions.dismissSanction(Number(button.dataset.roomId), button.dataset.slot);
            });
        }
        $('panel-view').addEventListener('click', onPanelClick);
        $('safety-more').addEventListener('click', () => actions.loadMoreAudit());
        $('audit-more').addEventListener('click', () => actions.loadMoreAudit());
        $('audit-action').append(...AUDIT_FILTERS.map((a) => el('option', { value: a }, capitalise(auditActionText(a)))));
        $('audit-action').addEventListener('change', (e) => actions.filterAudit(e.target.value));
        $('people-list').addEventListener('change', async (e) => {
            const select = e.target.closest('select.org-role');
            if (select && !(await actions.setOrgRole(Number(select.dataset.userId), select.value))) select.value = select.dataset.role;
        });
        $('members').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            dialogReturn = button.dataset.focusKey || null;
            const userId = Number(button.dataset.userId);
            const handle = button.dataset.handle;
            const run = {
                'member-sanction': () => actions.askSanction(userId, handle),
                'report-person': () => actions.askReportPerson(userId, handle),
                'block': () => actions.block(userId, handle),
                'unblock': () => actions.unblock(userId, handle),
                'show-profile': () => actions.showProfile(userId, handle),
            }[button.dataset.action];
            if (run) run();
        });
        $('people-list').addEventListener('click', (e) => {
            const button = e.target.closest('button[data-action]');
            if (!button) return;
            dialogReturn = button.dataset.focusKey || null;
            const userId = Number(button.dataset.userId);
            const handle = button.dataset.handle;
            const run = {
                'show-profile': () => actions.showProfile(userId, handle),
                'reset-code': () => actions.makeResetCode(userId, handle),
                'end-user-sessions': () => actions.askEndUserSessions(userId, handle),
                'disable-user': () => actions.askSetDisabled(userId, handle, true),
                'enable-user': () => actions.askSetDisabled(userId, handle, false),
            }[button.dataset.action];
            if (run) run();
        });
        $('members').addEventListener('change', async (e) => {
            const select = e.target.closest('select.room-role');
            if (select && !(await actions.setRoomRole(Number(select.dataset.userId), select.value))) select.value = select.dataset.role;
        });
        bindDialog();
    }

    function openPanel(panel, opener, open = () => actions.showPanel(panel)) {
        panelOpener = opener;
        open();
    }

    function onPanelClick(e) {
        const button = e.target.closest('button[data-action]');
        if (!button) return;
        const run = {
            'action-report': () => actions.askResolve(Number(button.dataset.reportId), 'actioned'),
            'dismiss-report': () => actions.askResolve(Number(button.dataset.reportId), 'dismissed'),
            'lift-sanction': () => actions.askLift(Number(button.dataset.sanctionId)),
            'open-room': () => actions.openRoom(Number(button.dataset.roomId)),
            'end-session': () => actions.endSession(button.dataset.sessionId),
        }[button.dataset.action];
        if (run) run();
    }

    function bindDialog() {
        const dialog = $('mod-dialog');
        dialog.addEventListener('cancel', (e) => {
            e.preventDefault(); // Escape: the state closes it, so the page and the state agree.
            actions.closeDialog();
        });
        dialog.addEventListener('click', (e) => {
            if (e.target.closest('[data-action=cancel-dialog]')) actions.closeDialog();
            if (e.target.closest('[data-action=copy-code]')) copyCode(dialog.querySelector('code'), dialog.querySelector('.copied'));
        });
        dialog.addEventListener('change', (e) => {
            if (e.target.name === 'kind') syncSanctionFields(e.target.form);
        });
        dialog.addEventListener('input', (e) => e.target.setCustomValidity?.(''));
        dialog.addEventListener('submit', (e) => {
            e.preventDefault();
            const form = e.target;
            for (const box of form.querySelectorAll('[data-required=true]')) {
                box.setCustomValidity(box.value.trim() === '' ? 'Please write a few words.' : '');
            }
            if (!form.reportValidity()) return;
            const values = {};
            for (const [name, value] of new FormData(form)) values[name] = typeof value === 'string' ? value.trim() : value;
            values.purge = Boolean(form.elements.purge?.checked);
            actions.submitDialog(values);
        });
    }

    // --- rendering --------------------------------------------------------------------------

    function render(s) {
        const room = s.rooms[s.openRoomId];
        const reports = openReports(s).length;
        $('reports-button').hidden = !canSeeReports(s);
        $('reports-badge').hidden = reports === 0;
        $('reports-badge').textContent = String(reports);
        $('reports-button').setAttribute('aria-label', reports === 0 ? 'Reports, none open' : `Reports, ${reports} open`);
        $('oversight-tools').hidden = !isStaff(s);
        $('audit-button').hidden = !isOverseer(s);
        $('people-button').hidden = !isAdmin(s);
        $('room-safety').hidden = !(room && room.joined && moderates(s, room.id));
        $('chat-notice').hidden = !s.chatNotice;
        $('chat-notice-text').textContent = s.chatNotice;
        renderBanners(s);
        $('observer-note').hidden = !(room && isObserver(s, room.id));
        renderPanel(s, room);
        renderDialog(s);
        moveFocus(s);
        current = s;
    }

    function renderBanners(s) {
        const { away, here } = sanctionBanners(s);
        const signature = (n) => [n.sanction.id, n.slot, s.rooms[n.roomId]?.name].join('|');
        reconcile($('away-banners'), away, (n) => n.sanction.id, signature, (n) => banner(n, s.rooms[n.roomId]?.name));
        reconcile($('room-banners'), here, (n) => n.sanction.id, signature, (n) => banner(n, null));
    }

    function banner(n, roomName) {
        const words = sanctionBanner(n.sanction, roomName, n.slot === 'ended');
        // A mute stays until it ends; a note, a removal, a ban or one that has ended can be put away once read.
        const dismissible = n.slot !== 'mute';
        const ended = n.slot === 'ended';
        return el('li', { className: `banner banner-${ended ? 'ended' : n.sanction.kind}`, testid: 'sanction-banner', role: 'status',
            'data-kind': n.sanction.kind, 'data-room-id': n.roomId, 'data-ended': ended ? 'true' : null },
        el('p', { className: 'banner-title', text: words.title }),
        words.quote ? el('p', { className: 'banner-reason', text: n.sanction.reason })
            : el('p', { className: 'banner-reason' }, el('span', { className: 'banner-label', text: 'Reason: ' }), n.sanction.reason),
        words.after ? el('p', { className: 'banner-after', text: words.after }) : null,
        dismissible ? el('button', { type: 'button', className: 'small', 'data-action': 'dismiss-sanction',
            'data-room-id': n.roomId, 'data-slot': n.slot, testid: 'dismiss-sanction' }, 'I have read this') : null);
    }

    function renderPanel(s, room) {
        const panel = s.panel;
        $('panel-view').hidden = !panel;
        $('chat-view').classList.toggle('panel-open', Boolean(panel));
        if (!panel) return;
        if (!current || current.panel !== panel) $('panel-view').scrollTop = 0; // each panel starts at its top
        $('panel-title').textContent = ROOM_PANEL_TITLES[panel] ? `${ROOM_PANEL_TITLES[panel]}: ${room ? room.name : ''}`
            : PANEL_TITLES[panel];
        $('panel-error').textContent = s.panelError;
        for (const name of PANELS) $(`${name}-view`).hidden = panel !== name;
        const loading = Boolean(s.audit && s.audit.loading);
        if (panel === 'reports') {
            renderReports($('report-list'), s);
            $('no-reports').hidden = openReports(s).length > 0;
        } else if (panel === 'safety' && room) {
            $('no-sanctions').hidden = renderSanctions($('sanction-list'), s, room.id) > 0 || !s.roomSanctions[room.id];
            $('no-log').hidden = renderAudit($('moderation-log'), s, false) > 0 || loading;
            moreButton($('safety-more'), s, loading);
        } else if (panel === 'audit') {
            $('no-audit').hidden = renderAudit($('audit-list'), s, true) > 0 || loading;
            $('audit-action').value = s.audit ? s.audit.action : '';
            moreButton($('audit-more'), s, loading);
        } else if (panel === 'people') {
            renderPeople($('people-list'), s);
        } else if (panel === 'sessions') {
            renderSessionsPanel(s);
        }
    }

    function renderSessionsPanel(s) {
        const x = s.sessions;
        const loaded = Boolean(x && x.list);
        const count = renderSessions($('session-list'), s, Date.now());
        const others = otherSessions(s);
        $('sessions-loading').hidden = loaded || !(x && x.loading);
        $('only-here').hidden = !loaded || others.length > 0;
        $('only-here').textContent = ONLY_HERE;
        $('end-other-sessions').hidden = !loaded || others.length === 0;
        $('end-other-sessions').disabled = others.every((one) => x.ending[one.sessionId]);
        $('sessions-notice').textContent = x ? x.notice : '';
        $('session-list').hidden = count === 0;
    }

    function moreButton(button, s, loading) {
        button.hidden = !(s.audit && (s.audit.hasMore || loading));
        button.disabled = loading;
        button.textContent = loading ? 'Loading…' : 'Load more';
    }

    function renderDialog(s) {
        const dialog = $('mod-dialog');
        const d = s.dialog;
        if (!d) {
            dialogId = null;
            if (dialog.open) dialog.close();
            dialog.replaceChildren(); // a closed form keeps nothing: no stale fields or details
            return;
        }
        if (d.id !== dialogId) {
            dialogId = d.id;
            if (d.seq !== undefined) dialogReturn = `menu-${d.seq}`;
            else if (['resolve', 'lift', 'archive', 'closeAlert'].includes(d.form)) dialogReturn = null; // the panel's title
            dialog.replaceChildren(buildDialog(d, s));
            if (!dialog.open) dialog.showModal();
            dialog.querySelector('select, textarea, input')?.focus();
        }
        dialog.querySelector('[data-testid=dialog-error]').textContent = d.error;
        dialog.querySelector('[type=submit]').disabled = d.busy;
    }

    function moveFocus(s) {
        const prev = current;
        if (!prev) return;
        if (s.menu && prev.menu !== s.menu) {
            focusByKey(`menu-first-${s.menu.seq}`);
        } else if (prev.menu && !s.menu && !s.dialog && lost()) {
            focusByKey(`menu-${prev.menu.seq}`);
        } else if (prev.dialog && !s.dialog) {
            const back = dialogReturn && focusByKey(dialogReturn);
            if (!back && s.panel) $('panel-title').focus();
            else if (!back && lost() && s.openRoomId !== null) $('composer').focus();
            dialogReturn = null;
        } else if (s.panel && prev.panel !== s.panel) {
            $('panel-title').focus();
        } else if (prev.panel && !s.panel && lost()) {
            if (!focusById(panelOpener) && s.openRoomId !== null) $('composer').focus();
            panelOpener = null;
        }
    }

    return { render };
}

/** Whether focus was lost: on nothing, or still on an element just hidden (the browser moves it later). */
function lost() {
    const active = document.activeElement;
    return !active || active === document.body || Boolean(active.closest('[hidden]'));
}

function focusByKey(key) {
    const target = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
    if (target && !target.closest('[hidden]')) target.focus();
    return Boolean(target);
}

function focusById(id) {
    const target = id ? document.getElementById(id) : null;
    if (target && !target.hidden) target.focus();
    return Boolean(target && !target.hidden);
}

function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
