// The person's own password, in the "Where you're signed in" panel: a button that opens the form, and
// the form itself (current password, new one twice). Renders from the state's `password`; the
// passwords stay in the form's fields and are cleared whenever it closes.

import { byId } from './dom.js';

export function createAccountView(actions) {
    const $ = byId;
    let current = null; // the last `password` state rendered

    bind();

    function bind() {
        $('change-password').addEventListener('click', () => actions.openPasswordForm());
        $('cancel-password').addEventListener('click', () => actions.closePasswordForm());
        $('password-form').addEventListener('input', () => { $('password-error').textContent = ''; });
        $('password-form').addEventListener('keydown', (e) => {
            if (e.key === 'Escape') {
                e.preventDefault();
                actions.closePasswordForm();
            }
        });
        $('password-form').addEventListener('submit', (e) => {
            e.preventDefault();
            actions.changePassword($('current-password').value, $('new-password').value, $('confirm-password').value);
        });
    }

    function render(s) {
        const p = s.password || { open: false, busy: false, error: '', notice: '' };
        const was = current || { open: false };
        $('password-form').hidden = !p.open;
        $('change-password').hidden = p.open;
        $('change-password').setAttribute('aria-expanded', String(p.open));
        $('password-username').value = s.me ? s.me.handle : '';
        $('password-error').textContent = p.error;
        $('password-form').querySelector('[type=submit]').disabled = p.busy;
        $('password-notice').hidden = !p.notice;
        $('password-notice').textContent = p.notice;
        if (p.open && !was.open) {
            $('current-password').focus();
        } else if (!p.open && was.open) {
            $('password-form').reset(); // no password stays on the page
            if (!document.activeElement || document.activeElement === document.body
                    || document.activeElement.closest('[hidden]')) $('change-password').focus();
        }
        current = p;
    }

    return { render };
}
