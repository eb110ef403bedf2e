// The admins' "Organisation settings" panel: a form for every OrgSettings field, filled from the settings
// in force, sent as a whole with `org.settings.set`; the server's words (e.g. "quietAfterDays is 1 to 60.")
// show next to it. Text only via textContent.

import { byId } from './dom.js';
import { isAdmin } from './moderation-state.js';
import { ORG_INTRO } from './care-words.js';

export function createOrgView(actions) {
    const $ = byId;
    let current = null;
    let filledFor = null; // the settings object the form was last filled from

    $('org-settings-button').addEventListener('click', () => actions.openOrgSettings());
    $('org-intro').textContent = ORG_INTRO;
    $('org-form').addEventListener('input', () => actions.orgEdited());
    $('org-form').addEventListener('submit', (e) => {
        e.preventDefault();
        actions.saveOrgSettings(readForm());
    });

    function readForm() {
        const number = (id) => {
            const text = $(id).value.trim();
            return text === '' ? NaN : Number(text);
        };
        const settings = {
            participantDirectMessages: $('org-direct-messages').checked,
            supervisorReview: $('org-supervisor-review').checked,
            quietAfterDays: number('org-quiet-days'),
            coachCapacity: number('org-coach-capacity'),
            erasure: $('org-erasure').value,
        };
        const retention = $('org-retention').value.trim();
        if (retention !== '') settings.retentionDays = Number(retention);
        return settings;
    }

    function fill(o) {
        $('org-direct-messages').checked = o.participantDirectMessages;
        $('org-supervisor-review').checked = o.supervisorReview;
        $('org-quiet-days').value = String(o.quietAfterDays);
        $('org-coach-capacity').value = String(o.coachCapacity);
        $('org-retention').value = o.retentionDays ? String(o.retentionDays) : '';
        $('org-erasure').value = o.erasure;
        filledFor = o;
    }

    function render(s) {
        $('org-settings-button').hidden = !isAdmin(s);
        if (s.panel === 'org') {
            const opened = !current || current.panel !== 'org';
            const saved = current && current.orgForm.saved !== s.orgForm.saved;
            // Filled on opening, after a save, and when the settings arrive or another admin changes them while nothing is being edited.
            if (s.orgSettings && (opened || saved || (s.orgSettings !== filledFor && !s.orgForm.busy && !dirty()))) fill(s.orgSettings);
            $('org-form').hidden = !s.orgSettings;
            $('org-loading').hidden = Boolean(s.orgSettings);
            $('org-save').disabled = s.orgForm.busy;
            $('org-error').textContent = s.orgForm.error;
            $('org-notice').textContent = s.orgForm.notice;
        }
        current = s;
    }

    /** Whether the form differs from the settings it was filled with. */
    function dirty() {
        if (!filledFor) return false;
        const form = readForm();
        return ['participantDirectMessages', 'supervisorReview', 'quietAfterDays', 'coachCapacity', 'erasure', 'retentionDays']
            .some((k) => (form[k] ?? null) !== (filledFor[k] ?? null));
    }

    return { render };
}
