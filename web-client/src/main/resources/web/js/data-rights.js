// "Your data" (PROTOCOL.md, "Your data"): download everything Kinship holds about the person (GET
// /api/export, saved through a Blob URL and an <a download>), read the privacy notice, and delete the
// account (POST /api/account/delete) after a confirm step that asks for the password and says plainly what
// happens under the organisation's `erasure` setting; then back to the sign-in page. The password stays in
// its field and is cleared whenever the step closes. Text only via textContent.

import * as api from './api.js';
import { byId, el } from './dom.js';
import { showPrivacyNotice } from './privacy.js';
import { EXPORT_INTRO, DELETE_INTRO, ACCOUNT_DELETED, deleteConsequences, exportDone } from './care-words.js';

const FILE_NAME = 'kinship-my-data.json';
const WRONG_PASSWORD = 'That is not your password.';

/**
 * @param ctx.dispatch   the one path into state.apply
 * @param ctx.getState   the current state
 * @param ctx.signedOut  (notice) => stops the connection and shows the sign-in page with the notice
 */
export function createDataRights({ dispatch, getState, signedOut }) {
    const $ = byId;
    let opener = null;
    let wasOpen = false;

    for (const id of ['data-button', 'data-link']) {
        $(id).addEventListener('click', () => {
            opener = id;
            dispatch({ type: 'panel.opened', panel: 'data' });
        });
    }
    $('export-intro').textContent = EXPORT_INTRO;
    $('delete-intro').textContent = DELETE_INTRO;
    $('download-data').addEventListener('click', download);
    $('show-privacy').addEventListener('click', togglePrivacy);
    $('delete-account').addEventListener('click', () => showConfirm(true));
    $('cancel-delete-account').addEventListener('click', () => showConfirm(false));
    $('delete-account-form').addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
            e.preventDefault();
            showConfirm(false);
        }
    });
    $('delete-account-form').addEventListener('input', () => { $('delete-error').textContent = ''; });
    $('delete-account-form').addEventListener('submit', (e) => {
        e.preventDefault();
        if (e.target.reportValidity()) deleteAccount();
    });

    async function download() {
        const button = $('download-data');
        button.disabled = true;
        $('data-notice').textContent = 'Preparing your file…';
        $('data-error').textContent = '';
        try {
            const blob = await api.exportData();
            const url = URL.createObjectURL(blob);
            const link = el('a', { href: url, download: FILE_NAME, hidden: true });
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 60_000); // long enough for the browser to save it
            $('data-notice').textContent = exportDone(blob.size);
            $('data-notice').dataset.bytes = String(blob.size);
        } catch (error) {
            $('data-notice').textContent = '';
            $('data-error').textContent = error.message;
        } finally {
            button.disabled = false;
        }
    }

    function togglePrivacy() {
        const box = $('account-privacy');
        const open = box.hidden;
        box.hidden = !open;
        $('show-privacy').setAttribute('aria-expanded', String(open));
        if (open) showPrivacyNotice(box); // fetched each time: it follows the organisation's settings as they are now
    }

    function showConfirm(open) {
        $('delete-account-form').hidden = !open;
        $('delete-account').hidden = open;
        $('delete-account').setAttribute('aria-expanded', String(open));
        $('delete-error').textContent = '';
        if (open) {
            const erasure = getState().orgSettings?.erasure;
            $('delete-consequences').replaceChildren(...deleteConsequences(erasure).map((text) => el('li', { text })));
            $('delete-password').focus();
        } else {
            $('delete-account-form').reset(); // no password stays on the page
            $('delete-account').focus();
        }
    }

    async function deleteAccount() {
        const submit = $('confirm-delete-account');
        submit.disabled = true;
        try {
            await api.deleteAccount($('delete-password').value);
            $('delete-account-form').reset();
            showConfirm(false);
            signedOut(ACCOUNT_DELETED);
        } catch (error) {
            $('delete-error').textContent = error.code === 'invalid_credentials' ? WRONG_PASSWORD : error.message;
            $('delete-password').select();
        } finally {
            submit.disabled = false;
        }
    }

    function render(s) {
        const open = s.phase === 'chat' && s.panel === 'data';
        if (!open && !$('delete-account-form').hidden) {
            $('delete-account-form').reset();
            $('delete-account-form').hidden = true;
            $('delete-account').hidden = false;
        }
        const back = opener && $(opener);
        if (wasOpen && !open && s.phase === 'chat' && !s.panel && back && back.offsetParent !== null && s.openConversationId === null) back.focus();
        if (!open) opener = wasOpen ? null : opener;
        wasOpen = open;
    }

    return { render };
}
