// The panels' lists: open reports, sanctions in force, audit records, people with their roles (and the
// admins' account tools), people waiting to join a closed room, the word list, invites and the person's own sign-ins. Built from data with el(); buttons carry
// data-action and an id for the delegated listeners in moderation-view.js and room-view.js. Message
// text from a report's context goes in only through textContent.

import { el, reconcile, shortTime, shortDay, fullTime } from './dom.js';
import { sessionList, isEnding, accountNote } from './account-state.js';
import { openReports, isAdmin } from './moderation-state.js';
import {
    categoryLabel, sanctionSummary, auditActionText, orgRoleLabel, ORG_ROLES, WORD_ACTIONS, INVITE_STATUS,
    deviceSummary, lastUsedText,
} from './words.js';

export function renderReports(list, s) {
    reconcile(list, openReports(s), (r) => r.id,
        (r) => [r.id, s.rooms[r.roomId]?.name, Boolean(s.rooms[r.roomId]?.joined)].join('|'),
        (r) => reportItem(r, s));
}

function reportItem(r, s) {
    const room = s.rooms[r.roomId];
    const who = [
        r.reportedHandle ? `About ${r.reportedHandle}` : null,
        r.reporterHandle ? `reported by ${r.reporterHandle}` : null,
    ].filter(Boolean).join(', ');
    const context = r.context || [];
    return el('li', { className: 'report', testid: 'report-item', 'data-report-id': r.id },
        el('div', { className: 'report-head' },
            el('span', { className: 'category', text: categoryLabel(r.category) }),
            el('span', { className: 'hint', text: room ? `in ${room.name}` : `in room ${r.roomId}` }),
            el('time', { className: 'hint', datetime: r.createdAt, title: fullTime(r.createdAt), text: shortTime(r.createdAt) })),
        who ? el('p', { className: 'report-who', text: `${who}.` }) : null,
        r.note ? el('p', { className: 'report-note' }, el('span', { className: 'hint', text: 'Their note: ' }), r.note) : null,
        context.length ? el('p', { className: 'hint', text: r.seq === undefined ? 'Their latest messages:' : 'The message, with a little before and after:' }) : null,
        context.length ? el('ol', { className: 'context', testid: 'report-context' }, ...context.map((m) => contextLine(m, r))) : null,
        el('div', { className: 'report-actions' },
            el('button', { type: 'button', className: 'small', 'data-action': 'action-report', 'data-report-id': r.id,
                testid: 'action-report', 'data-focus-key': `action-report-${r.id}` }, 'Mark handled'),
            el('button', { type: 'button', className: 'small', 'data-action': 'dismiss-report', 'data-report-id': r.id,
                testid: 'dismiss-report', 'data-focus-key': `dismiss-report-${r.id}` }, 'Dismiss'),
            room && room.joined ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'open-room',
                'data-room-id': r.roomId, testid: 'report-room' }, `Go to ${room.name}`) : null));
}

function contextLine(m, r) {
    const reported = r.seq !== undefined && m.seq === r.seq;
    const text = typeof m.body === 'string' && !m.deletedAt ? m.body
        : m.deletedBy === 'leader' ? 'Removed by a leader' : 'This message was deleted.';
    return el('li', { className: reported ? 'reported' : '' },
        el('span', { className: 'author', text: m.senderHandle }),
        el('time', { className: 'hint', datetime: m.sentAt, text: ` ${shortTime(m.sentAt)} ` }),
        reported ? el('span', { className: 'tag', text: 'reported' }) : null,
        el('span', { className: typeof m.body === 'string' && !m.deletedAt ? 'body' : 'body tombstone', text }));
}

export function renderSanctions(list, s, roomId) {
    const sanctions = s.roomSanctions[roomId] || [];
    reconcile(list, sanctions, (x) => x.id, (x) => [x.id, x.expiresAt, x.reason].join('|'), (x) =>
        el('li', { className: 'sanction', testid: 'sanction-item', 'data-sanction-id': x.id },
            el('p', {}, el('strong', { text: x.handle }), ` — ${sanctionSummary(x)}`),
            el('p', { className: 'hint' }, `Since ${shortTime(x.createdAt)}. Reason: `, x.reason),
            el('button', { type: 'button', className: 'small', 'data-action': 'lift-sanction', 'data-sanction-id': x.id,
                testid: 'lift-sanction', 'data-focus-key': `lift-${x.id}` }, x.kind === 'ban' ? 'Lift ban' : 'Lift mute')));
    return sanctions.length;
}

/** Audit records, newest first; `showRoom`: name the room (the whole-trail view). */
export function renderAudit(list, s, showRoom) {
    const records = s.audit ? s.audit.records : [];
    reconcile(list, records, (r) => r.id, (r) => String(r.id), (r) => auditItem(r, s, showRoom));
    return records.length;
}

function auditItem(r, s, showRoom) {
    const actor = r.actorHandle ? `${r.actorHandle}${r.actorRole ? ` (${orgRoleLabel(r.actorRole).toLowerCase()})` : ''}` : 'Kinship';
    const target = r.targetHandle || (r.targetUserId !== undefined ? `person #${r.targetUserId}` : null);
    const room = showRoom && r.roomId !== undefined ? s.rooms[r.roomId]?.name || `room #${r.roomId}` : null;
    const line = [
        `${actor} ${auditActionText(r.action)}`,
        target ? `about ${target}` : null,
        room ? `in ${room}` : null,
    ].filter(Boolean).join(' · ');
    return el('li', { className: r.outcome === 'refused' ? 'record refused' : 'record', testid: 'audit-record', 'data-audit-id': r.id },
        el('time', { className: 'hint', datetime: r.at, title: fullTime(r.at), text: shortTime(r.at) }),
        el('span', { className: 'record-line', text: line }),
        r.detail ? el('span', { className: 'record-detail', text: r.detail }) : null);
}

export function renderPeople(list, s) {
    const users = (s.users || []).slice().sort((a, b) => a.handle.localeCompare(b.handle));
    reconcile(list, users, (u) => u.id, (u) => [u.handle, u.role, u.id === s.me?.id, isAdmin(s), accountNote(s, u.id)].join('|'),
        (u) => personItem(u, s));
}

function personItem(u, s) {
    const me = u.id === s.me?.id;
    const id = `org-role-${u.id}`;
    return el('li', { className: 'person', testid: 'person', 'data-user-id': u.id },
        el('label', { for: me ? null : id, className: 'person-name' }, u.handle,
            me ? el('span', { className: 'hint', text: ' (you)' }) : null),
        me ? el('span', { className: 'person-role', text: orgRoleLabel(u.role) })
            : el('select', { id, className: 'org-role', testid: 'org-role-select', 'data-user-id': u.id,
                'data-role': u.role, 'aria-label': `Organisation role of ${u.handle}` },
            ...ORG_ROLES.map(([value, label]) => el('option', { value, selected: value === u.role }, label))),
        el('button', { type: 'button', className: 'small', 'data-action': 'show-profile', 'data-user-id': u.id,
            'data-handle': u.handle, testid: 'person-details', 'data-focus-key': `person-details-${u.id}`,
            'aria-label': `Staff-only details of ${u.handle}` }, 'Details'),
        isAdmin(s) && !me ? accountTools(u, accountNote(s, u.id)) : null);
}

/**
 * An admin's tools for someone else's account. users.list does not say who is disabled: `disabled` is only
 * what this admin set while the page is open (null: not known, so both Disable and Enable are offered).
 */
function accountTools(u, disabled) {
    const button = (action, testid, label, text) => el('button', { type: 'button', className: 'small', 'data-action': action,
        'data-user-id': u.id, 'data-handle': u.handle, testid, 'data-focus-key': `${testid}-${u.id}`, 'aria-label': label }, text);
    return el('div', { className: 'person-account' },
        disabled === true ? el('span', { className: 'tag disabled-tag', testid: 'account-disabled', text: 'Disabled' }) : null,
        button('reset-code', 'reset-code-for', `Make a password reset code for ${u.handle}`, 'Reset code'),
        button('end-user-sessions', 'end-user-sessions', `Sign ${u.handle} out everywhere`, 'Sign out everywhere'),
        disabled === true ? null : button('disable-user', 'disable-user', `Disable ${u.handle}'s account`, 'Disable account'),
        disabled === false ? null : button('enable-user', 'enable-user', `Enable ${u.handle}'s account`, 'Enable account'));
}

/** People waiting to join a closed room, oldest first; returns how many. */
export function renderJoinRequests(list, requests) {
    reconcile(list, requests, (r) => r.userId, (r) => r.requestedAt, (r) =>
        el('li', { className: 'join-request', testid: 'join-request', 'data-user-id': r.userId },
            el('span', { className: 'join-who' }, el('strong', { text: r.handle }),
                el('span', { className: 'hint', text: ` asked ${shortTime(r.requestedAt)}` })),
            el('span', { className: 'join-actions' },
                el('button', { type: 'button', className: 'small primary', 'data-action': 'approve-join', 'data-user-id': r.userId,
                    testid: 'approve-join', 'aria-label': `Let ${r.handle} in` }, 'Let in'),
                el('button', { type: 'button', className: 'small', 'data-action': 'decline-join', 'data-user-id': r.userId,
                    testid: 'decline-join', 'aria-label': `Decline ${r.handle}'s request` }, 'Decline'))));
    return requests.length;
}

/** The word list (a draft until saved); only admins get the controls to change it. */
export function renderWordList(list, rules, editable) {
    reconcile(list, rules, (r) => r.word.toLowerCase(), (r) => [r.word, r.action, editable].join('|'), (r) => {
        const label = (WORD_ACTIONS.find(([a]) => a === r.action) || [r.action, r.action])[1];
        return el('li', { className: 'word-rule', testid: 'word-rule', 'data-word': r.word, 'data-action-kind': r.action },
            el('span', { className: 'word', text: r.word }),
            editable ? el('select', { className: 'rule-action', testid: 'rule-action', 'data-word': r.word,
                'aria-label': `What happens with “${r.word}”` },
            ...WORD_ACTIONS.map(([value, text]) => el('option', { value, selected: value === r.action }, text)))
                : el('span', { className: 'hint', text: label }),
            editable ? el('button', { type: 'button', className: 'small quiet', 'data-action': 'remove-word', 'data-word': r.word,
                testid: 'remove-word', 'aria-label': `Take “${r.word}” off the list` }, 'Remove') : null);
    });
}

/** Invites made, newest first, with Revoke on the ones still open. */
export function renderInvites(list, invites) {
    reconcile(list, invites, (i) => i.inviteId, (i) => i.status, (i) =>
        el('li', { className: `invite-item ${i.status}`, testid: 'invite-item', 'data-invite-id': i.inviteId, 'data-status': i.status },
            el('span', { className: 'invite-what' }, el('strong', { text: orgRoleLabel(i.role) }),
                ` · ${INVITE_STATUS[i.status] || i.status}`),
            el('span', { className: 'hint', text: inviteWhen(i) }),
            i.status === 'active' ? el('button', { type: 'button', className: 'small', 'data-action': 'revoke-invite',
                'data-invite-id': i.inviteId, testid: 'revoke-invite',
                'aria-label': `Revoke the ${orgRoleLabel(i.role).toLowerCase()} invite made ${shortTime(i.createdAt)}` }, 'Revoke') : null));
}

function inviteWhen(i) {
    const made = `Made ${shortTime(i.createdAt)}`;
    if (i.status === 'active') return `${made}, works until ${shortTime(i.expiresAt)}`;
    if (i.status === 'expired') return `${made}, ended ${shortTime(i.expiresAt)}`;
    return made;
}

/** The person's sign-ins, this one first, with End on the others; returns how many. `now`: milliseconds. */
export function renderSessions(list, s, now) {
    const sessions = sessionList(s);
    reconcile(list, sessions, (x) => x.sessionId,
        (x) => [x.lastSeenAt, x.current, isEnding(s, x.sessionId), lastUsedText(x.lastSeenAt, now)].join('|'),
        (x) => sessionItem(x, isEnding(s, x.sessionId), now));
    return sessions.length;
}

function sessionItem(x, ending, now) {
    const device = deviceSummary(x.agent);
    const used = x.current ? 'Using it now' : lastUsedText(x.lastSeenAt, now);
    return el('li', { className: x.current ? 'session-item current' : 'session-item', testid: 'session-item',
        'data-session-id': x.sessionId, 'data-current': String(x.current) },
    el('span', { className: 'session-what' }, el('strong', { text: device }),
        x.current ? el('span', { className: 'tag', text: 'This device' }) : null),
    el('span', { className: 'hint session-when' },
        el('time', { datetime: x.lastSeenAt, title: fullTime(x.lastSeenAt), text: used }),
        ` · signed in ${shortDay(x.createdAt)}`),
    x.current ? null : el('button', { type: 'button', className: 'small', 'data-action': 'end-session',
        'data-session-id': x.sessionId, testid: 'end-session', disabled: ending,
        'aria-label': `End the sign-in on ${device}, ${used.toLowerCase()}` }, ending ? 'Ending…' : 'End'));
}
