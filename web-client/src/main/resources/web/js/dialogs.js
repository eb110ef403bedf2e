// The forms shown in the page's one <dialog>: remove a message, report, apply a sanction, resolve a
// report, lift a sanction, archive a room, close a support alert, a person's staff-only details, and the
// admins' account tools (a reset code shown once, signing someone out everywhere, disabling or enabling an account). Built
// from the state's `dialog` with el(); text via textContent.
// Each form asks for what the protocol needs and says, in plain words, who will see what.

import { el, shortTime } from './dom.js';
import { findMessage } from './state.js';
import {
    REPORT_CATEGORIES, SANCTION_KINDS, SANCTION_DURATIONS, PURGE_HOURS, categoryLabel, ARCHIVE_CONFIRM, PROFILE_PRIVACY,
    resetCodeNote, resetCodeExpires, endSessionsText, disableText, enableText,
} from './words.js';

/** Longest reason and note, in characters (PROTOCOL.md, "Limits"). */
const MAX_REASON_CHARS = 500;
const MAX_NOTE_CHARS = 1000;
/** Staff-only details' limits, in characters (PROTOCOL.md, "Limits"). */
const MAX_REAL_NAME_CHARS = 100;
const MAX_CONTACT_NOTE_CHARS = 1000;
/** Longest excerpt of a message quoted in a form, in characters. */
const QUOTE_CHARS = 280;

const CONFIRM_BY_KIND = { warning: 'Send the warning', mute: 'Mute', remove: 'Remove from the room', ban: 'Ban' };

/** The form for the state's dialog; its fields carry `name`s that view.js reads on submit. */
export function buildDialog(d, s) {
    const build = {
        remove: removeForm, report: reportForm, sanction: sanctionForm, resolve: resolveForm, lift: liftForm,
        archive: archiveForm, profile: profileForm, resetCode: resetCodeForm, endUserSessions: endUserSessionsForm,
        setDisabled: setDisabledForm, closeAlert: closeAlertForm,
    }[d.form];
    return build(d, s);
}

function removeForm(d, s) {
    return form(d, 'Remove this message', [
        quote(findMessage(s, d.roomId, d.seq)),
        field('removal-reason', 'reason', 'Why are you removing it?', textarea(MAX_REASON_CHARS, true)),
        hint('Kept in the moderation log for the other leaders. The room sees only “Removed by a leader”, never the text or the reason.'),
    ], submitButton('confirm-removal', 'Remove message', 'danger'));
}

function reportForm(d, s) {
    const options = [el('option', { value: '' }, 'Choose one…')]
        .concat(REPORT_CATEGORIES.map(([value, label]) => el('option', { value }, label)));
    const aboutPerson = d.seq === undefined;
    return form(d, aboutPerson ? `Report ${d.handle}` : 'Report this message', [
        aboutPerson ? null : quote(findMessage(s, d.roomId, d.seq)),
        field('report-category', 'category', 'What is it about?', el('select', { required: true }, ...options)),
        field('report-note', 'note', 'Anything the leaders should know?', textarea(MAX_NOTE_CHARS, false), true),
        hint('Only the room\'s leaders see your report. The person is never told who reported them.'),
    ], submitButton('submit-report', 'Send report', 'primary'));
}

function sanctionForm(d, s) {
    const kinds = SANCTION_KINDS.map(([value, label]) => el('option', { value }, label));
    const purge = el('input', { type: 'checkbox', id: 'sanction-purge', name: 'purge', testid: 'sanction-purge' });
    const f = form(d, `Take action: ${d.handle}`, [
        d.seq === undefined ? null : quote(findMessage(s, d.roomId, d.seq)),
        field('sanction-kind', 'kind', 'What should happen?', el('select', {}, ...kinds)),
        el('div', { className: 'duration' },
            field('sanction-duration', 'minutes', 'For how long?', el('select', {}))),
        el('div', { className: 'purge check' }, purge,
            el('label', { for: 'sanction-purge', text: `Also remove their messages from the last ${PURGE_HOURS} hours` })),
        field('sanction-reason', 'reason', `Your reason, written to ${d.handle}`, textarea(MAX_REASON_CHARS, true)),
        hint(`${d.handle} sees this reason, but not who wrote it. Write it kindly and plainly.`),
    ], submitButton('confirm-sanction', CONFIRM_BY_KIND.warning, 'primary'));
    syncSanctionFields(f);
    return f;
}

/** Shows the duration and purge choices the chosen kind takes. Called on build and on every change. */
export function syncSanctionFields(f) {
    const kind = f.elements.kind.value;
    const durations = SANCTION_DURATIONS[kind];
    const select = f.elements.minutes;
    f.querySelector('.duration').hidden = !durations;
    if (durations && select.dataset.kind !== kind) {
        select.replaceChildren(...durations.map(([value, label]) => el('option', { value }, label)));
        select.dataset.kind = kind;
    }
    f.querySelector('.purge').hidden = kind !== 'ban';
    f.querySelector('[type=submit]').textContent = CONFIRM_BY_KIND[kind];
}

function resolveForm(d, s) {
    const report = s.reports[d.reportId];
    const dismissing = d.outcome === 'dismissed';
    const about = report ? `${categoryLabel(report.category)}${report.reportedHandle ? `, about ${report.reportedHandle}` : ''}` : '';
    return form(d, dismissing ? 'Dismiss this report' : 'Mark this report as handled', [
        about ? el('p', { className: 'quoted', text: about }) : null,
        field('resolve-note', 'note', dismissing ? 'Why is no action needed?' : 'What was done?', textarea(MAX_NOTE_CHARS, true)),
        hint('The note is for the other leaders. The person who reported is told only that a leader looked at it.'),
    ], submitButton('confirm-resolve', dismissing ? 'Dismiss report' : 'Mark as handled', 'primary'));
}

function liftForm(d) {
    const what = d.kind === 'ban' ? 'ban' : 'mute';
    return form(d, `Lift the ${what} on ${d.handle}`, [
        field('lift-reason', 'reason', 'Why lift it now?', textarea(MAX_REASON_CHARS, true)),
        hint(d.kind === 'ban' ? `Kept in the moderation log. ${d.handle} may then join the room again.`
            : `Kept in the moderation log. ${d.handle} can post again at once.`),
    ], submitButton('confirm-lift', `Lift the ${what}`, 'primary'));
}

function archiveForm(d) {
    return form(d, `Archive “${d.roomName}”?`, [
        hint(ARCHIVE_CONFIRM),
        hint('You can bring it back from Room settings while it is still open on your screen.'),
    ], submitButton('confirm-archive', 'Archive the room', 'danger'));
}

/** Closing a support alert: the note is for the staff; the person is told only that the check-in was closed. */
function closeAlertForm(d) {
    return form(d, `Close the alert for ${d.handle}`, [
        field('close-alert-note', 'note', 'What was done?', textarea(MAX_NOTE_CHARS, true)),
        hint(`Only staff read the note. ${d.handle} is told that their peer leader closed this check-in.`),
    ], submitButton('confirm-close-alert', 'Close the alert', 'primary'));
}

/** Staff-only details: filled from `user.profile.get`, which was recorded when it was read. */
function profileForm(d) {
    const name = el('input', { maxlength: MAX_REAL_NAME_CHARS, autocomplete: 'off' });
    name.value = d.realName;
    const note = textarea(MAX_CONTACT_NOTE_CHARS, false);
    note.rows = 4;
    note.value = d.contactNote;
    const f = form(d, `Details: ${d.handle}`, [
        el('p', { className: 'privacy', testid: 'profile-privacy', text: PROFILE_PRIVACY }),
        field('profile-real-name', 'realName', 'Real name', name, true),
        field('profile-contact-note', 'contactNote', 'How and when to reach them', note, true),
        hint('Everywhere else, people know each other only by handle.'),
    ], submitButton('save-profile', 'Save details', 'primary'));
    f.dataset.testid = 'profile-view';
    f.querySelector('[data-action=cancel-dialog]').textContent = 'Close';
    return f;
}

/** A reset code the server just made: shown once, to copy; Done (or Escape) forgets it. */
function resetCodeForm(d) {
    const f = form(d, `Reset code for ${d.handle}`, [
        hint(resetCodeNote(d.handle)),
        el('p', { className: 'code-box' }, el('code', { testid: 'reset-code-value', text: d.code })),
        hint(resetCodeExpires(d.expiresAt)),
        el('p', { className: 'hint copied', role: 'status' }),
    ], submitButton('reset-code-done', 'Done', null));
    // Copy first, so Enter on the first focused button does not put the code away unread.
    f.querySelector('[data-action=cancel-dialog]').remove();
    f.querySelector('[type=submit]').before(el('button', { type: 'button', className: 'primary', 'data-action': 'copy-code',
        testid: 'reset-code-copy' }, 'Copy code'));
    return f;
}

function endUserSessionsForm(d) {
    return form(d, `Sign ${d.handle} out everywhere?`, [hint(endSessionsText(d.handle))],
        submitButton('confirm-end-user-sessions', 'Sign them out', 'primary'));
}

function setDisabledForm(d) {
    const words = d.disabled ? disableText(d.handle) : enableText(d.handle);
    return form(d, d.disabled ? `Disable ${d.handle}'s account?` : `Enable ${d.handle}'s account?`, words.map(hint),
        d.disabled ? submitButton('confirm-disable-user', 'Disable account', 'danger')
            : submitButton('confirm-enable-user', 'Enable account', 'primary'));
}

// --- pieces ------------------------------------------------------------------------------------

function form(d, title, parts, submit) {
    return el('form', { className: 'dialog-form', 'data-form': d.form, 'data-dialog-id': d.id, novalidate: true },
        el('h2', { id: 'dialog-title', text: title }),
        ...parts,
        el('p', { className: 'error', role: 'alert', testid: 'dialog-error' }),
        el('div', { className: 'dialog-actions' },
            submit,
            el('button', { type: 'button', className: 'quiet', 'data-action': 'cancel-dialog', testid: 'cancel-dialog' }, 'Cancel')));
}

function field(id, name, label, control, optional) {
    control.id = id;
    control.name = name;
    control.dataset.testid = id;
    return el('div', { className: 'field' },
        el('label', { for: id }, label, optional ? el('span', { className: 'optional', text: ' (optional)' }) : null),
        control);
}

function textarea(maxlength, required) {
    return el('textarea', { rows: 3, maxlength, required: required || null, 'data-required': required ? 'true' : null });
}

function hint(text) {
    return el('p', { className: 'hint', text });
}

function submitButton(testid, text, className) {
    return el('button', { type: 'submit', className, testid }, text);
}

/** The message the form is about, as text: who, when, and an excerpt. */
function quote(m) {
    if (!m || typeof m.body !== 'string') return null;
    const body = m.body.length > QUOTE_CHARS ? `${m.body.slice(0, QUOTE_CHARS)}…` : m.body;
    return el('blockquote', { className: 'quoted' },
        el('span', { className: 'author', text: m.senderHandle }),
        el('time', { datetime: m.sentAt, text: ` ${shortTime(m.sentAt)}` }),
        el('span', { className: 'quoted-body', text: body }));
}
