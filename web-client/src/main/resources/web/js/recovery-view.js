// The recovery date in the participant's "Coaching and check-in" panel: an optional, private start date,
// the days in recovery (shown to the person only), a reset to today that asks first, and the opt-in to
// share milestones in their rooms. Also the milestone lines at the end of a room's messages, kept apart
// from the message list so they never touch its seqs. Text only via textContent.

import { byId, el, reconcile } from './dom.js';
import { localDay } from './coaching.js';
import { milestonesIn } from './recovery-state.js';
import {
    RECOVERY_INTRO, SHARE_MILESTONES_LABEL, SHARE_MILESTONES_HINT, RESET_CONFIRM, recoveryDaysText, milestoneLine, CELEBRATION,
} from './care-words.js';

export function createRecoveryView(actions) {
    const $ = byId;
    let current = null;
    let confirming = false;

    $('recovery-intro').textContent = RECOVERY_INTRO;
    $('recovery-share-label').textContent = SHARE_MILESTONES_LABEL;
    $('recovery-share-hint').textContent = SHARE_MILESTONES_HINT;
    $('recovery-reset-text').textContent = RESET_CONFIRM;
    $('recovery-form').addEventListener('input', () => actions.recoveryEdited());
    $('recovery-form').addEventListener('submit', (e) => {
        e.preventDefault();
        if (!e.target.reportValidity()) return;
        actions.saveRecovery($('recovery-date').value, $('recovery-share').checked);
    });
    $('reset-recovery').addEventListener('click', () => {
        confirming = true;
        $('recovery-reset-confirm').hidden = false;
        $('cancel-reset-recovery').focus();
    });
    $('cancel-reset-recovery').addEventListener('click', () => {
        confirming = false;
        $('recovery-reset-confirm').hidden = true;
        $('reset-recovery').focus();
    });
    $('confirm-reset-recovery').addEventListener('click', async () => {
        confirming = false;
        $('recovery-reset-confirm').hidden = true;
        await actions.resetRecovery();
        $('reset-recovery').focus();
    });

    function render(s) {
        if (s.panel === 'coaching') {
            const r = s.recovery;
            // Filled when the panel opens and whenever the server's answer changes it.
            if (!current || current.panel !== 'coaching' || current.recovery !== r) fill(r);
            $('recovery-date').max = localDay(new Date(Date.now() + 24 * 3600 * 1000)); // the server allows up to a day ahead of UTC
            $('recovery-days').textContent = r ? recoveryDaysText(r) : 'Loading…';
            $('recovery-days').dataset.days = r && r.startDate ? String(r.days) : '';
            $('reset-recovery').hidden = !(r && r.startDate);
            $('recovery-reset-confirm').hidden = !confirming || !(r && r.startDate);
            $('save-recovery').disabled = s.recoveryBusy;
            $('confirm-reset-recovery').disabled = s.recoveryBusy;
            $('recovery-notice').textContent = s.recoveryNotice;
            $('recovery-error').textContent = s.recoveryError;
        } else {
            confirming = false;
        }
        current = s;
    }

    function fill(r) {
        $('recovery-date').value = r && r.startDate ? r.startDate : '';
        $('recovery-share').checked = Boolean(r && r.announceMilestones);
    }

    return { render };
}

/** The milestone lines of the open room, after its messages. */
export function renderMilestones(list, s) {
    const lines = s.openRoomId === null ? [] : milestonesIn(s, s.openRoomId);
    const meId = s.me ? s.me.id : null;
    reconcile(list, lines, (m) => m.key, (m) => m.handle, (m) => el('li', { className: 'milestone', testid: 'milestone-note',
        'data-user-id': m.userId, 'data-days': m.days }, milestoneLine(m, meId), ' ', el('span', { 'aria-hidden': 'true', text: CELEBRATION })));
    list.hidden = lines.length === 0;
}
