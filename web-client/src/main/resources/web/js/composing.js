// What a message box and a message list do alike in rooms and in private conversations.

/** Enter sends, Shift+Enter starts a new line, and typing is announced while the box holds text. */
export function bindComposer(composer, form, { submit, typing, changed }) {
    form.addEventListener('submit', (e) => {
        e.preventDefault();
        submit();
    });
    composer.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
        }
    });
    composer.addEventListener('input', () => {
        changed();
        if (composer.value.trim() !== '') typing();
    });
}

/**
 * A message list's buttons and inline edit forms. A button's data-action picks its handler, which gets
 * the message's seq, its list item and the button; Escape cancels an edit and Enter saves it.
 * {@code keydown} may take a key first (return true when it did).
 */
export function bindMessageList(list, { handlers, saveEdit, cancelEdit, keydown = () => false }) {
    list.addEventListener('click', (e) => {
        const button = e.target.closest('button[data-action]');
        const item = button && button.closest('li');
        if (!item) return;
        const run = handlers[button.dataset.action];
        if (run) run(Number(item.dataset.seq), item, button);
    });
    list.addEventListener('submit', (e) => {
        e.preventDefault();
        submitEdit(e.target, saveEdit);
    });
    list.addEventListener('keydown', (e) => {
        if (keydown(e) || !e.target.classList.contains('edit-body')) return;
        if (e.key === 'Escape') {
            e.preventDefault();
            cancelEdit();
        } else if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submitEdit(e.target.form, saveEdit);
        }
    });
}

function submitEdit(form, saveEdit) {
    const body = form.querySelector('textarea').value.replace(/\s+$/, '');
    if (body.trim() !== '') saveEdit(Number(form.dataset.seq), body);
}
