// The room list (joined rooms, and other rooms to join) and the member list of the open room.
// Built from data with el(); buttons carry data-room-id for the delegated listener in view.js.

import { el, reconcile } from './dom.js';
import { joinedRooms, otherRooms, membersOf, thread } from './state.js';
import { moderates, isOverseer } from './moderation-state.js';
import { isStaff, settingsOf } from './room-state.js';
import { directMessagesOff } from './org-settings-state.js';
import { ROOM_ROLES, JOIN_PENDING, banNote, joinLabel } from './words.js';

/** Room roles a room's leader (not an overseer) may give (PROTOCOL.md, `room.role.set`). */
const LEADER_MAY_GIVE = new Set(['co_leader', 'member', 'observer']);
const MODERATOR_ROLES = new Set(['leader', 'co_leader']);

export function renderRooms(joinedList, otherList, s) {
    const joined = joinedRooms(s);
    const others = otherRooms(s);
    reconcile(joinedList, joined, (r) => r.id,
        (r) => [r.name, r.topic, r.id === s.openRoomId, thread(s, r.id).unread].join('|'),
        (r) => joinedRoomItem(r, r.id === s.openRoomId, thread(s, r.id).unread));
    reconcile(otherList, others, (r) => r.id,
        (r) => [r.name, r.topic, settingsOf(r).visibility, Boolean(r.joinPending), r.ban ? r.ban.id : ''].join('|'), otherRoomItem);
}

function joinedRoomItem(room, open, unread) {
    return el('li', { testid: 'room-item', 'data-room-id': room.id, className: open ? 'open' : '' },
        el('button', { type: 'button', className: 'room-button', 'data-room-id': room.id,
            'data-focus-key': `room-${room.id}`, 'aria-current': open ? 'true' : null },
        el('span', { className: 'room-name', text: room.name }),
        unread > 0 ? el('span', { className: 'badge', testid: 'unread', text: `${unread} new` }) : null));
}

/** A room to join: closed rooms are asked for; a ban says until when, and why, and joining waits. */
function otherRoomItem(room) {
    const label = joinLabel(room);
    const ban = room.ban ? banNote(room.ban) : null;
    const noteId = `room-note-${room.id}`;
    return el('li', { testid: 'room-item', 'data-room-id': room.id, className: 'other',
        'data-visibility': settingsOf(room).visibility, 'data-join-pending': room.joinPending ? 'true' : null },
    el('span', { className: 'room-name', text: room.name }),
    room.topic ? el('span', { className: 'room-topic', text: room.topic }) : null,
    room.joinPending ? el('span', { className: 'room-note', id: noteId, testid: 'join-pending', text: JOIN_PENDING }) : null,
    ban ? el('span', { className: 'room-note ban', id: noteId, testid: 'room-ban' }, el('span', { text: ban.title }),
        el('span', { className: 'ban-reason' }, el('span', { className: 'banner-label', text: 'Reason: ' }), ban.reason)) : null,
    room.joinPending ? null : el('button', { type: 'button', className: 'small', testid: 'join-room', 'data-action': 'join',
        'data-room-id': room.id, 'data-focus-key': `join-${room.id}`, 'aria-label': `${label}: ${room.name}`,
        disabled: Boolean(ban), 'aria-describedby': ban ? noteId : null }, label));
}

/** Fills the member list; returns the panel's title. */
export function renderMembers(list, s, roomId) {
    const members = membersOf(s, roomId);
    const online = members.filter((m) => m.online).length;
    const tools = memberTools(s, roomId);
    reconcile(list, members, (m) => m.userId, (m) => [m.handle, m.online, m.role, tools.key].join('|'),
        (m) => memberItem(m, m.userId === s.me?.id, tools));
    return members.length ? `In this room (${online} online)` : 'In this room';
}

/** What the person may do about others in this room: set roles, act as a moderator, or report. */
function memberTools(s, roomId) {
    const overseer = isOverseer(s);
    const leader = s.rooms[roomId]?.myRole === 'leader';
    const moderator = moderates(s, roomId);
    const staff = isStaff(s);
    const keepsToGroups = Boolean(s.me && s.me.role === 'participant') && directMessagesOff(s);
    return {
        key: [overseer, leader, moderator, staff, Object.keys(s.blocked).join(','), keepsToGroups].join(','),
        roles: (m) => (overseer ? ROOM_ROLES
            : leader && m.role !== 'leader' ? ROOM_ROLES.filter(([r]) => LEADER_MAY_GIVE.has(r)) : null),
        sanction: (m) => moderator && !MODERATOR_ROLES.has(m.role),
        report: () => !moderator,
        details: () => staff,
        blocked: (m) => Boolean(s.blocked[m.userId]),
        // A private conversation (conversation-view.js); the server may refuse. While the organisation keeps participants'
        // contact inside the groups, a participant is offered it only with people who are likely staff: the room's
        // leaders and whoever is on duty (MemberInfo does not carry the organisation role).
        message: (m) => !s.blocked[m.userId] && (!keepsToGroups || m.orgRole !== 'participant'),
    };
}

function memberItem(m, isMe, tools) {
    const role = { leader: 'leader', co_leader: 'co-leader', observer: 'observer' }[m.role];
    const roles = isMe ? null : tools.roles(m);
    const selectId = `room-role-${m.userId}`;
    const controls = isMe ? [] : [
        roles ? el('select', { id: selectId, className: 'room-role', testid: 'room-role-select', 'data-user-id': m.userId,
            'data-role': m.role, 'aria-label': `Room role of ${m.handle}` },
        ...roles.map(([value, label]) => el('option', { value, selected: value === m.role }, label))) : null,
        tools.sanction(m) ? el('button', { type: 'button', className: 'small', 'data-action': 'member-sanction',
            'data-user-id': m.userId, 'data-handle': m.handle, testid: 'member-sanction', 'data-focus-key': `member-sanction-${m.userId}`,
            'aria-label': `Warn, mute or ban ${m.handle}` }, 'Take action') : null,
        tools.details() ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'show-profile',
            'data-user-id': m.userId, 'data-handle': m.handle, testid: 'person-details', 'data-focus-key': `details-${m.userId}`,
            'aria-label': `Staff-only details of ${m.handle}` }, 'Details') : null,
        tools.report() ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'report-person',
            'data-user-id': m.userId, 'data-handle': m.handle, testid: 'report-person', 'data-focus-key': `report-person-${m.userId}`,
            'aria-label': `Report ${m.handle}` }, 'Report') : null,
        tools.message(m) ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'message-person',
            'data-user-id': m.userId, 'data-handle': m.handle, testid: 'message-person', 'data-focus-key': `message-${m.userId}`,
            'aria-label': `Write to ${m.handle} privately` }, 'Message') : null,
        el('button', { type: 'button', className: 'small quiet', 'data-action': tools.blocked(m) ? 'unblock' : 'block',
            'data-user-id': m.userId, 'data-handle': m.handle, testid: tools.blocked(m) ? 'unblock-user' : 'block-user',
            'data-focus-key': `block-${m.userId}`, 'aria-label': `${tools.blocked(m) ? 'Unblock' : 'Block'} ${m.handle}` },
        tools.blocked(m) ? 'Unblock' : 'Block'),
    ].filter(Boolean);
    return el('li', { testid: 'member', 'data-user-id': m.userId, 'data-online': String(m.online), 'data-role': m.role,
        className: m.online ? 'member online' : 'member' },
    el('span', { className: 'dot', 'aria-hidden': 'true' }),
    el('span', { className: 'member-name' }, m.handle, isMe ? el('span', { className: 'hint', text: ' (you)' }) : null),
    el('span', { className: 'member-detail', text: [m.online ? 'online' : 'offline', role].filter(Boolean).join(' · ') }),
    controls.length ? el('span', { className: roles || tools.sanction(m) ? 'member-tools' : 'member-tools compact' }, ...controls) : null);
}
