// The plain, calm words the moderation tools use. Kept in one place so they stay consistent and kind.

import { shortTime } from './dom.js';

/** Report categories (wire name, what the reporter picks, what moderators read). */
export const REPORT_CATEGORIES = [
    ['harassment', 'Harassment or bullying', 'Harassment or bullying'],
    ['hate', 'Hateful words about who someone is', 'Hate'],
    ['private_information', 'Sharing someone\'s private information', 'Private information'],
    ['selling_or_promoting_substances', 'Selling or promoting substances', 'Selling or promoting substances'],
    ['safety_concern', 'I\'m worried about someone\'s safety', 'Safety concern'],
    ['spam', 'Spam or advertising', 'Spam'],
    ['other', 'Something else', 'Other'],
];

export function categoryLabel(category) {
    const found = REPORT_CATEGORIES.find(([name]) => name === category);
    return found ? found[2] : category;
}

/** What a moderator may do to a person, mildest first. */
export const SANCTION_KINDS = [
    ['warning', 'Send a warning (a private note to them)'],
    ['mute', 'Mute (they can still read)'],
    ['remove', 'Remove from the room (they can join again)'],
    ['ban', 'Ban from the room'],
];

/** Durations offered per kind, in minutes; '' means no end ("until lifted", "for good"). */
export const SANCTION_DURATIONS = {
    mute: [['15', '15 minutes'], ['60', '1 hour'], ['1440', '24 hours'], ['', 'Until a leader lifts it']],
    ban: [['1440', '24 hours'], ['10080', '7 days'], ['', 'For good']],
};

/** A ban may also remove the person's messages from this many hours back. */
export const PURGE_HOURS = 24;

export const ORG_ROLES = [
    ['participant', 'Participant'], ['peer_leader', 'Peer leader'], ['supervisor', 'Supervisor'], ['admin', 'Admin'],
];

export const ROOM_ROLES = [
    ['leader', 'Leader'], ['co_leader', 'Co-leader'], ['member', 'Member'], ['observer', 'Observer'],
];

export function orgRoleLabel(role) {
    return (ORG_ROLES.find(([name]) => name === role) || [role, role])[1];
}

/**
 * What the person reads about a sanction on them: {title, reason, after, quote}; `quote`: the reason is the
 * note itself, not introduced by "Reason:". Who applied it is never said.
 * `roomName` names the room for removals and bans, which take the room out of their list.
 */
export function sanctionBanner(sanction, roomName) {
    const until = sanction.expiresAt ? shortTime(sanction.expiresAt) : null;
    const room = roomName ? `“${roomName}”` : 'this room';
    switch (sanction.kind) {
    case 'mute':
        return {
            title: until ? `A leader has muted you in this room until ${until}.`
                : 'A leader has muted you in this room until they lift it.',
            reason: sanction.reason,
            after: 'You can still read along, and you can post again once the mute ends.',
        };
    case 'warning':
        return { title: 'A leader sent you a note:', reason: sanction.reason, after: '', quote: true };
    case 'remove':
        return {
            title: `A leader removed you from ${room}.`,
            reason: sanction.reason,
            after: 'You can join again when you are ready.',
        };
    default: // ban
        return {
            title: until ? `You can't join ${room} until ${until}.` : `You can't join ${room} for now.`,
            reason: sanction.reason,
            after: 'If you would like to talk about it, a peer leader or supervisor is there for you.',
        };
    }
}

/** One line about a sanction in force, for moderators: "muted until 18:50", "banned for good". */
export function sanctionSummary(sanction) {
    const until = sanction.expiresAt ? `until ${shortTime(sanction.expiresAt)}` : null;
    if (sanction.kind === 'mute') return `muted ${until || 'until lifted'}`;
    if (sanction.kind === 'ban') return `banned ${until || 'for good'}`;
    return sanction.kind === 'warning' ? 'warned' : 'removed';
}

/** What the moderator reads once a sanction is applied. */
export function sanctionDone(sanction) {
    const until = sanction.expiresAt ? `until ${shortTime(sanction.expiresAt)}` : null;
    const who = sanction.handle;
    switch (sanction.kind) {
    case 'warning': return `${who} has your note.`;
    case 'mute': return `${who} is muted ${until || 'until a leader lifts it'}. They can still read along.`;
    case 'remove': return `${who} was removed from the room. They can join again.`;
    default: return `${who} is banned from the room ${until || 'for good'}.`;
    }
}

/** Audit actions in plain words; `refused.<type>` is said as a refusal. */
const AUDIT_ACTIONS = {
    'sanction.applied': 'applied a sanction',
    'sanction.lifted': 'lifted a sanction',
    'sanction.expired': 'a sanction ended at its time',
    'message.removed': 'removed a message',
    'report.resolved': 'handled a report',
    'room.role.set': 'changed a room role',
    'user.role.set': 'changed an organisation role',
    'room.created': 'created a room',
    'invite.created': 'created an invite',
    'admin.setup': 'set up Kinship',
    'user.registered': 'joined with an invite',
    'audit.exported': 'downloaded the audit trail',
};

/** Actions offered in the audit view's filter. */
export const AUDIT_FILTERS = Object.keys(AUDIT_ACTIONS);

export function auditActionText(action) {
    if (action.startsWith('refused.')) return `was refused: ${action.slice('refused.'.length)}`;
    return AUDIT_ACTIONS[action] || action;
}
