// The privacy notice on the sign-up form: who can read what, in plain words. The server writes it from the
// organisation's settings (GET /api/privacy, no sign-in needed); this page only shows each paragraph as text.

import { privacyNotice } from './api.js';
import { el } from './dom.js';

/** Fills the container with the notice's paragraphs; if it cannot be fetched, says where to ask instead. */
export async function showPrivacyNotice(container) {
    let paragraphs;
    try {
        paragraphs = (await privacyNotice()).paragraphs || [];
    } catch {
        paragraphs = ['The privacy notice could not be loaded just now. Ask the person who gave you the invite who can read what here.'];
    }
    container.replaceChildren(el('h3', { text: 'Who can read what' }),
        ...paragraphs.map(text => el('p', { className: 'hint', text })));
}
