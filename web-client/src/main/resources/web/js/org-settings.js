// The organisation's settings: everyone reads them after each (re)connect (`org.settings.get`; then
// `org.settings.changed` keeps them current), and admins change them as a whole (`org.settings.set`). Like
// main.js, every change goes through dispatch(event) into state.apply.

import { ORG_SAVED } from './care-words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';

export function createOrgActions({ connection, dispatch }) {
    async function load() {
        try {
            const { settings } = await connection.request('org.settings.get');
            dispatch({ type: 'org.settings.loaded', settings });
        } catch {
            // Asked again after the next reconnect; until then the cautious defaults apply on this page.
        }
    }

    const actions = {
        openOrgSettings: () => {
            dispatch({ type: 'panel.opened', panel: 'org' });
            load();
        },
        /** `settings`: every OrgSettings field, as the form holds it; the server checks the ranges. */
        saveOrgSettings: async (settings) => {
            dispatch({ type: 'org.saving' });
            try {
                const result = await connection.request('org.settings.set', { settings });
                dispatch({ type: 'org.saved', settings: result.settings, notice: ORG_SAVED });
            } catch (error) {
                dispatch({ type: 'org.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
            }
        },
        orgEdited: () => dispatch({ type: 'org.edited' }),
    };

    return { actions, afterSync: load };
}
