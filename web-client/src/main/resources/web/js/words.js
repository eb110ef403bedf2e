// The plain, calm words the moderation tools use. Kept in one place so they stay consistent and kind.

import { shortTime, shortDay } from './dom.js';

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
 * `roomName` names the room for banners shown away from it (removals, bans, rooms the person left).
 * `ended`: a mute or ban that ended before the person saw it, told in the past.
 */
export function sanctionBanner(sanction, roomName, ended = false) {
    const until = sanction.expiresAt ? shortTime(sanction.expiresAt) : null;
    const room = roomName ? `“${roomName}”` : 'this room';
    if (ended) return pastSanctionBanner(sanction, room);
    switch (sanction.kind) {
    case 'mute':
        return {
            title: until ? `A leader has muted you in ${room} until ${until}.`
                : `A leader has muted you in ${room} until they lift it.`,
            reason: sanction.reason,
            after: 'You can still read along, and you can post again once the mute ends.',
        };
    case 'warning':
        return { title: roomName ? `A leader sent you a note about ${room}:` : 'A leader sent you a note:',
            reason: sanction.reason, after: '', quote: true };
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

function pastSanctionBanner(sanction, room) {
    if (sanction.kind === 'mute') {
        return {
            title: `A leader had muted you in ${room} for a while. That has ended.`,
            reason: sanction.reason,
            after: '',
        };
    }
    return {
        title: `For a while, you couldn't join ${room}. That has ended.`,
        reason: sanction.reason,
        after: 'You are welcome to join again when you are ready.',
    };
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
    'room.updated': 'changed how a room is run',
    'message.pinned': 'pinned a message',
    'message.unpinned': 'unpinned a message',
    'join.approved': 'let someone into a room',
    'join.declined': 'declined a request to join',
    'words.set': 'changed the word list',
    'profile.viewed': 'viewed staff-only details',
    'profile.updated': 'changed staff-only details',
    'invite.revoked': 'revoked an invite',
    'password.changed': 'changed their password',
    'password.reset': 'set a new password with a reset code',
    'password.reset.created': 'made a password reset code',
    'user.disabled': 'disabled an account',
    'user.enabled': 'enabled an account',
    'user.sessions.ended': 'signed someone out everywhere',
    'resources.set': 'changed the resource directory',
    'duty.on': 'went on duty',
    'duty.off': 'went off duty',
    'risks.set': 'changed the risk phrases',
    'support.acknowledged': 'responded to a support alert',
    'support.closed': 'closed a support alert',
    'support.escalated': 'a support alert went to supervisors',
};

/** Actions offered in the audit view's filter. */
export const AUDIT_FILTERS = Object.keys(AUDIT_ACTIONS);

export function auditActionText(action) {
    if (action.startsWith('refused.')) return `was refused: ${action.slice('refused.'.length)}`;
    return AUDIT_ACTIONS[action] || action;
}

// --- running a room ----------------------------------------------------------------------------

/** Slow mode choices, in seconds (0: off). */
export const SLOW_MODE_CHOICES = [[0, 'Off'], [10, '10 seconds'], [30, '30 seconds'], [60, '1 minute'], [300, '5 minutes']];

export const VISIBILITY_CHOICES = [
    ['open', 'Open: anyone can join'],
    ['closed', 'Closed: people ask, and a leader lets them in'],
];

/** "10 s", "1 min", "5 min", "90 s". */
export function slowModeSpan(seconds) {
    return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** The line near the composer while slow mode is on. */
export function slowModeNote(seconds, exempt) {
    const line = `Slow mode: one message every ${slowModeSpan(seconds)}.`;
    return exempt ? `${line} Leaders are not limited.` : line;
}

/** While the person waits for slow mode: "You can post again in 12 s." */
export function slowModeWait(ms) {
    return `You can post again in ${Math.max(1, Math.ceil(ms / 1000))} s.`;
}

/** Why the composer is closed, by the reason postBlock() gives (see room-state.js). */
export const CLOSED_COMPOSER = {
    archived: {
        banner: 'This room is archived. You can read it, but nobody can post here any more.',
        placeholder: 'This room is archived',
    },
    locked: {
        banner: 'This room is read-only for now. You can read along; a leader will open it again.',
        placeholder: 'This room is read-only for now',
    },
    unattended: {
        placeholder: 'Paused until a peer leader is on duty',
    },
    guidelines: {
        note: 'Please read the room\'s guidelines and agree to them before you post. It only takes a moment.',
        placeholder: 'Agree to the room\'s guidelines to post',
    },
};

/** What a moderator reads while their room is locked (they may still post). */
export const LOCKED_FOR_LEADERS = 'This room is read-only for everyone but its leaders. You can open it again in Room settings.';

export const GUIDELINES_TITLE = 'Before you post: the room\'s guidelines';
export const GUIDELINES_CHANGED_TITLE = 'The room\'s guidelines have changed';
export const GUIDELINES_EMPTY = 'The leaders have cleared this room\'s written guidelines. Please confirm you have seen the change.';

/** The button on another room, by whether joining it needs a leader's yes. */
export function joinLabel(room) {
    return room.settings?.visibility === 'closed' ? 'Ask to join' : 'Join';
}

export const JOIN_PENDING = 'Request sent — a leader will let you in.';

export function joinDeclined(roomName) {
    return `The leaders of “${roomName}” could not let you in this time. You are welcome to ask again later.`;
}

export function joinApproved(roomName) {
    return `A leader let you into “${roomName}”. Welcome.`;
}

/** Under a room the person is banned from: {title, reason}. */
export function banNote(ban) {
    return {
        title: ban.expiresAt ? `You can't join until ${shortTime(ban.expiresAt)}.` : 'You can\'t join this room for now.',
        reason: ban.reason,
    };
}

export const ARCHIVE_CONFIRM = 'Archiving ends the room but keeps it: it leaves everyone\'s room list, nobody can post or join, and members can still read it.';

export const PROFILE_PRIVACY = 'Only staff see this. Each view is recorded.';
export const PROFILE_SAVED = 'Saved. Only staff can see these details.';

export function blockedNotice(handle) {
    return `You won't see ${handle}'s messages now. They are not told. If they are causing harm, please report them too.`;
}

export function unblockedNotice(handle) {
    return `You will see ${handle}'s messages again.`;
}

export const INVITE_STATUS = { active: 'Active', used: 'Used', expired: 'Expired', revoked: 'Revoked' };

export const BLOCKED_PLACEHOLDER = 'Message from someone you blocked';

/** Word list actions (wire name, what it means). */
export const WORD_ACTIONS = [['block', 'Stop the message'], ['flag', 'Send it, and tell the leaders']];

export const WORDS_INTRO = 'Words and phrases that stop a message, or let it through and tell the room\'s leaders.'
    + ' They match whole words, ignoring case, and apply to everyone.';
export const WORDS_READ_ONLY = ' Only admins can change the list.';

// --- where the person is signed in ------------------------------------------------------------

/** Browsers by a mark in their User-Agent, most specific first (Edge and Opera also say "Chrome"). */
const BROWSERS = [
    [/\bEdg(e|A|iOS)?\b/, 'Edge'], [/\bOPR\/|\bOpera\b/, 'Opera'], [/SamsungBrowser/, 'Samsung Internet'],
    [/Firefox\/|FxiOS/, 'Firefox'], [/CriOS|Chrome\/|Chromium/, 'Chrome'], [/Safari\//, 'Safari'],
];
/** Systems likewise (Android also says "Linux"; an iPhone says "like Mac OS X"). */
const SYSTEMS = [
    [/Android/, 'Android'], [/iPhone|iPod/, 'iPhone'], [/iPad/, 'iPad'], [/CrOS/, 'ChromeOS'],
    [/Windows/, 'Windows'], [/Macintosh|Mac OS X/, 'Mac'], [/Linux/, 'Linux'],
];

/** A short, readable name for a sign-in's browser: "Chrome on Android", "Firefox", "Unknown browser". */
export function deviceSummary(agent) {
    const find = (table) => (table.find(([mark]) => mark.test(agent || '')) || [null, null])[1];
    const browser = find(BROWSERS);
    const system = find(SYSTEMS);
    if (browser && system) return `${browser} on ${system}`;
    if (system) return `Unknown browser on ${system}`;
    return browser || 'Unknown browser';
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastSeenAt is kept to the hour: within this, say "recently" rather than a time. */
const RECENT_MS = 2 * 60 * 60 * 1000;

/** When a sign-in was last used, in words: "Used recently", "Last used yesterday", "Last used 3 Mar". */
export function lastUsedText(iso, now) {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return '';
    if (now - at.getTime() < RECENT_MS) return 'Used recently';
    const days = Math.round((startOfDay(now) - startOfDay(at.getTime())) / DAY_MS);
    if (days <= 0) return 'Last used today';
    if (days === 1) return 'Last used yesterday';
    if (days < 7) return `Last used ${days} days ago`;
    return `Last used ${shortDay(iso)}`;
}

function startOfDay(ms) {
    const d = new Date(ms);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
}

export const SESSIONS_INTRO = 'Every browser and device where you are signed in. If you don\'t recognise one, end it here,'
    + ' and let your admin know.';
export const ONLY_HERE = 'You are signed in only here.';

export function sessionsEnded(count) {
    if (count === 0) return 'You were already signed in only here.';
    return count === 1 ? 'Signed out on 1 other device.' : `Signed out on ${count} other devices.`;
}

// --- passwords and accounts ---------------------------------------------------------------------

/** Why a new password cannot be sent yet, by passwordProblem()'s answer (see account-state.js). */
export const PASSWORD_PROBLEMS = {
    short: 'A password needs at least 10 characters.',
    long: 'That password is too long (at most 72 bytes; some letters and emoji count as more than one). Please choose a shorter one.',
    mismatch: 'The two new passwords are not the same. Please type it again.',
};

/** The server's `invalid_credentials` names a handle, which this form does not ask for. */
export const CURRENT_PASSWORD_WRONG = 'That is not your current password. Please try again.';
export const PASSWORD_CHANGED = 'Password changed. Your other devices were signed out.';
export const PASSWORD_RESET_DONE = 'Your new password is set, and you are signed in. Any other sign-ins have ended.';

/** The People view's account tools (admins, for anyone but themselves). */
export function resetCodeNote(handle) {
    return `Give this code to ${handle} in person or another way you trust. It is shown only once and works one time.`
        + ' With it they choose a new password on the sign-in page ("I have a reset code"); you never see it.';
}

export function resetCodeExpires(expiresAt) {
    return `Works until ${new Date(expiresAt).toLocaleString()}.`;
}

export function endSessionsText(handle) {
    return `Every browser and device where ${handle} is signed in is signed out at once. They can sign in again with their`
        + ' password. Nothing they wrote changes.';
}

export function sessionsEndedFor(handle) {
    return `${handle} is signed out everywhere. They can sign in again with their password.`;
}

export function disableText(handle) {
    return [
        `${handle}'s sign-ins end at once, and they can't sign in until an admin enables the account again.`
            + ' Nothing they wrote is removed.',
        'If they try to sign in, they are told only that the handle or password is not right. If you can, let them know yourself.',
    ];
}

export function enableText(handle) {
    return [`${handle} can sign in again with their password, or with a reset code from an admin.`];
}

export function disabledNotice(handle, disabled) {
    return disabled ? `${handle}'s account is disabled. Their sign-ins have ended; nothing they wrote was removed.`
        : `${handle}'s account is enabled again. They can sign in with their password.`;
}

// --- the safety net: help, support now, on duty, alerts --------------------------------------------

/** The footer line once signed in, next to the support button: what Kinship is, and what it never does. */
export const SAFETY_LINE = 'Kinship is peer support, not medical care. It never contacts emergency services by itself:'
    + ' if you are in danger, call your local emergency number.';

/** Resource categories (wire name, heading in the directory, choice in the editor). */
export const RESOURCE_CATEGORY_LABELS = {
    crisis: ['Crisis lines', 'Crisis line'],
    treatment: ['Treatment', 'Treatment'],
    housing: ['Housing', 'Housing'],
    employment: ['Work and training', 'Work and training'],
    harm_reduction: ['Harm reduction', 'Harm reduction'],
    other: ['Other help', 'Other help'],
};

export const RESOURCES_INTRO = 'Places to get help, crisis lines first. Kinship is peer support: it never contacts'
    + ' emergency services by itself. If you are in danger now, call your local emergency number.';
export const NO_RESOURCES = 'The directory is empty for now. If you are in danger, call your local emergency number.';
export const NO_CRISIS_LINES = 'No crisis line is listed yet. If you are in danger now, call your local emergency number.';

/** Said at once when the person asks for support, after the status line ("A peer leader has been told…"), above the crisis lines. */
export const SUPPORT_EMERGENCY = 'If you are in danger now, call your local emergency number — Kinship does not contact'
    + ' emergency services.';

/** The person's own request, in one line: `support` is the state's {status, alert, error}. */
export function supportStatusText(support) {
    switch (support.status) {
    case 'asking': return 'Letting the peer leaders know…';
    case 'open': return 'A peer leader has been told and will reach out here.';
    case 'acknowledged': return `${support.alert.acknowledgedHandle} is with you and will reach out here.`;
    case 'closed': return 'Your peer leader closed this check-in. You can ask again at any time.';
    default: return `That did not reach the peer leaders: ${support.error} The crisis lines are always here.`;
    }
}

/** After a message that matched a risk phrase: gentle, private, never a warning. */
export const OFFERED_TITLE = 'If things feel heavy right now, these are here for you.';

export const DUTY_PRESENT = 'A peer leader is on duty';
export const DUTY_NONE = 'No peer leader on duty right now — the crisis lines are always here';
export const DUTY_NOTE_HINT = 'Only staff see it. While you are on duty, requests for support come to you.';

export function onDutySince(iso) {
    return `on duty since ${shortTime(iso)}`;
}

export const ALERTS_INTRO = 'People who asked for support, or whose message matched a risk phrase, newest first.'
    + ' Say you are responding, reach out to them here, and close the alert with a note for the team.';
export const NO_ALERTS = 'No open alerts right now.';

/** Where an alert came from. */
export function alertSourceText(source) {
    return source === 'risk_phrase' ? 'A message of theirs matched a risk phrase. They were shown the crisis lines privately.'
        : 'They pressed “I need support now” and were shown the crisis lines.';
}

export function alertRespondingText(handle, iso) {
    return `${handle} is responding (since ${shortTime(iso)}).`;
}

export const ALERT_ESCALATED = 'Sent to supervisors';
export const ALERT_CLOSED = 'The alert is closed. Thank you for being there.';

export const DIRECTORY_INTRO = 'Everyone sees this directory from the Help button, crisis lines first; the crisis lines are'
    + ' also what a person sees at once when they ask for support, so keep at least one. Links start with https://.';
export const DIRECTORY_SAVED = 'Saved. Everyone sees the new directory now.';

export const RISKS_INTRO = 'Phrases that suggest someone may be struggling. A message with one is sent as normal:'
    + ' nothing is held back or reported, and nobody else in the room is told. Only its sender gets the crisis'
    + ' lines, privately, and the peer leaders get an alert. They match whole words, ignoring case.';
export const RISKS_READ_ONLY = ' Only admins can change the list.';
export const RISKS_SAVED = 'Saved. The phrases apply from the next message on.';
