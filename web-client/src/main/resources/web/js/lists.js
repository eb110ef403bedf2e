// The room list (joined rooms, and other rooms to join) and the member list of the open room.
// Built from data with el(); buttons carry data-room-id for the delegated listener in view.js.

import { el, reconcile } from './dom.js';
import { joinedRooms, otherRooms, membersOf, thread } from './state.js';

export function renderRooms(joinedList, otherList, s) {
    const joined = joinedRooms(s);
    const others = otherRooms(s);
    reconcile(joinedList, joined, (r) => r.id,
        (r) => [r.name, r.topic, r.id === s.openRoomId, thread(s, r.id).unread].join('|'),
        (r) => joinedRoomItem(r, r.id === s.openRoomId, thread(s, r.id).unread));
    reconcile(otherList, others, (r) => r.id, (r) => [r.name, r.topic].join('|'), otherRoomItem);
}

function joinedRoomItem(room, open, unread) {
    return el('li', { testid: 'room-item', 'data-room-id': room.id, className: open ? 'open' : '' },
        el('button', { type: 'button', className: 'room-button', 'data-room-id': room.id,
            'data-focus-key': `room-${room.id}`, 'aria-current': open ? 'true' : null },
        el('span', { className: 'room-name', text: room.name }),
        unread > 0 ? el('span', { className: 'badge', testid: 'unread', text: `${unread} new` }) : null));
}

function otherRoomItem(room) {
    return el('li', { testid: 'room-item', 'data-room-id': room.id, className: 'other' },
        el('span', { className: 'room-name', text: room.name }),
        room.topic ? el('span', { className: 'room-topic', text: room.topic }) : null,
        el('button', { type: 'button', className: 'small', testid: 'join-room', 'data-action': 'join',
            'data-room-id': room.id, 'data-focus-key': `join-${room.id}`, 'aria-label': `Join ${room.name}` }, 'Join'));
}

/** Fills the member list; returns the panel's title. */
export function renderMembers(list, s, roomId) {
    const members = membersOf(s, roomId);
    const online = members.filter((m) => m.online).length;
    reconcile(list, members, (m) => m.userId, (m) => [m.handle, m.online, m.role].join('|'),
        (m) => memberItem(m, m.userId === s.me?.id));
    return members.length ? `In this room (${online} online)` : 'In this room';
}

function memberItem(m, isMe) {
    const role = { leader: 'leader', co_leader: 'co-leader' }[m.role];
    return el('li', { testid: 'member', 'data-user-id': m.userId, 'data-online': String(m.online),
        className: m.online ? 'member online' : 'member' },
    el('span', { className: 'dot', 'aria-hidden': 'true' }),
    el('span', { className: 'member-name' }, m.handle, isMe ? el('span', { className: 'hint', text: ' (you)' }) : null),
    el('span', { className: 'member-detail', text: [m.online ? 'online' : 'offline', role].filter(Boolean).join(' · ') }));
}
