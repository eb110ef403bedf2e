// Rooms while nobody is on duty (PROTOCOL.md, "Running a room": `unattended`). The server sends no event
// of its own: the room is unattended when its `unattended` is not `open` and the duty roster this page
// keeps (`duty.list`, `duty.changed`, in safety-state.js) is empty. Then a banner says so, with a way to
// the resource directory, and goes as soon as someone comes on duty. Text only via textContent.

import { byId } from './dom.js';
import { moderates } from './moderation-state.js';
import { UNATTENDED_BANNER, UNATTENDED_FOR_LEADERS } from './care-words.js';

/** `lock` or `slow` while the room is unattended now; null otherwise (also while the roster is not yet known). */
export function unattendedMode(room, duty) {
    const mode = room && room.settings ? room.settings.unattended : undefined;
    if (!mode || mode === 'open' || !Array.isArray(duty) || duty.length > 0) return null;
    return mode;
}

/** @param actions the page's actions (openHelp opens the resource directory) */
export function createUnattendedView(actions) {
    const $ = byId;
    $('unattended-help').addEventListener('click', () => actions.openHelp());

    function render(s) {
        const room = s.rooms[s.openRoomId];
        const archived = Boolean(room && room.settings && room.settings.archived);
        const mode = archived ? null : unattendedMode(room, s.duty);
        $('unattended-banner').hidden = !mode;
        if (!mode) return;
        const leader = moderates(s, room.id);
        const banner = $('unattended-banner');
        banner.dataset.mode = mode;
        banner.dataset.forLeaders = String(leader);
        $('unattended-text').textContent = leader ? UNATTENDED_FOR_LEADERS[mode] : UNATTENDED_BANNER[mode];
        $('unattended-help').hidden = mode !== 'lock' || leader;
    }

    return { render };
}
