// The plain words of the organisation's settings, rooms while nobody is on duty, recovery dates and
// milestones, referrals, supervisors' review of coaching, and the person's own data. Person-first and calm:
// a milestone is celebrated, never counted against anyone; nothing alarms or blames.

import { shortTime } from './dom.js';

// --- the organisation's settings ---------------------------------------------------------------------

export const ORG_INTRO = 'These settings decide who can reach and read whom, and how long messages are kept. '
    + 'The privacy notice people read before signing up is written from them. Every change is recorded in the audit trail.';
export const ORG_SAVED = 'Saved. The settings apply from now on, and the privacy notice says so.';

// --- rooms while nobody is on duty ---------------------------------------------------------------------

export const UNATTENDED_CHOICES = [
    ['open', 'Stay open'],
    ['slow', 'Slow mode (one message a minute each)'],
    ['lock', 'Pause the room (only leaders can post)'],
];
export const UNATTENDED_BANNER = {
    lock: 'No peer leader is on duty right now, so this room is paused. If you need help now, see Resources.',
    slow: 'No peer leader is on duty right now, so messages are slowed down.',
};
export const UNATTENDED_FOR_LEADERS = {
    lock: 'No peer leader is on duty right now, so this room is paused for others. You can still post.',
    slow: 'No peer leader is on duty right now, so others\' messages are slowed down. You are not limited.',
};

// --- recovery date and milestones -------------------------------------------------------------------------

export const RECOVERY_INTRO = 'If you like, keep the date your recovery began. It is private: nobody else, staff included, ever sees it.';
export const SHARE_MILESTONES_LABEL = 'Share milestones (30 days, 90 days, 1 year…) in my rooms';
export const SHARE_MILESTONES_HINT = 'Your rooms would see only your handle and the milestone, never the date. You can turn this off at any time.';
export const RESET_CONFIRM = 'Start counting again from today? This is private; nobody is told.';
export const RECOVERY_SAVED = 'Saved.';
export const RECOVERY_RESET = 'Your count starts again from today. Every day counts.';
export const RECOVERY_CLEARED = 'Your recovery date is cleared.';

/** "42 days in recovery. Next milestone: 60 days." for the person only. */
export function recoveryDaysText(r) {
    if (!r || !r.startDate) return 'No recovery date set.';
    const days = r.days === 1 ? '1 day' : `${r.days} days`;
    const first = r.days === 0 ? 'Day one starts today.' : `${days} in recovery.`;
    return r.nextMilestoneLabel ? `${first} Next milestone: ${r.nextMilestoneLabel}.` : first;
}

/** The line a room shows when someone who shares their milestones reaches one (the celebration mark follows it). */
export function milestoneLine(m, meId) {
    return m.userId === meId ? `You reached ${m.label}.` : `${m.handle} reached ${m.label}.`;
}

export const CELEBRATION = '🎉';

// --- referrals -------------------------------------------------------------------------------------------

export const REFERRAL_KINDS = [
    ['supervisor', 'Supervisor'],
    ['clinician', 'Clinician (health, medication, mental health)'],
    ['housing', 'Housing'],
    ['employment', 'Employment'],
    ['other', 'Another service'],
];
export const REFERRAL_EXPLAIN = 'Coaches do not diagnose or advise on medication. When something needs a professional or another '
    + 'service, record it here: the referral goes to the supervisors, who follow it up. The person referred never sees it, so agree it with them in your conversation.';
export const REFERRAL_SAVED = 'Referral recorded. The supervisors have been told.';
export const REFERRALS_INTRO_OVERSEER = 'Referrals the coaches recorded, newest first. Mark each done once it has been seen to. '
    + 'Participants never see referrals, including the person referred.';
export const REFERRALS_INTRO_COACH = 'The referrals you recorded, newest first. The supervisors follow them up.';
export const NO_OPEN_REFERRALS = 'No open referrals.';
export const NO_DONE_REFERRALS = 'No referrals have been marked done yet.';
export const REFERRAL_DONE = 'Marked done.';

export function kindLabel(kind) {
    const found = REFERRAL_KINDS.find(([k]) => k === kind);
    return found ? found[1].replace(/ \(.*\)$/, '') : kind;
}

export function referralMade(r) {
    return `Recorded by ${r.createdByHandle}, ${shortTime(r.createdAt)}`;
}

export function referralDoneLine(r) {
    return r.doneByHandle ? `Done by ${r.doneByHandle}, ${shortTime(r.doneAt)}` : 'Done';
}

export function referralTitle(handle) {
    return `Record a referral for ${handle}`;
}

// --- supervisors' review --------------------------------------------------------------------------------

export const REVIEW_NOTICE = 'Review — read-only. Every page you read is recorded.';

export function reviewSubtitle(r) {
    return r.coachHandle ? `Coaching conversation of ${r.handle} with ${r.coachHandle}` : `Coaching conversation of ${r.handle}`;
}

export const REVIEW_START = 'This is the start of the conversation.';
export const REVIEW_EMPTY = 'Nothing has been written in this conversation yet.';
export const REVIEW_DELETED = 'This message was deleted.';

// --- your data -------------------------------------------------------------------------------------------

export const EXPORT_INTRO = 'Everything Kinship holds about you, as one file (JSON): your account, the messages you wrote '
    + '(never other people\'s), your check-ins and recovery date, your blocks, reports and sign-ins.';
export const DELETE_INTRO = 'Deleting your account cannot be undone.';

/** What deleting the account does, by the organisation's `erasure` setting. */
export function deleteConsequences(erasure) {
    const messages = erasure === 'remove'
        ? 'The messages you wrote, in rooms and in private conversations, are deleted and disappear from them.'
        : 'The text of every message you wrote, in rooms and in private conversations, is deleted. Each one keeps its place, shown as from “a former member”.';
    return [
        messages,
        'Everything else about you is deleted: your handle, sign-ins, room memberships, check-ins, recovery date, blocks and support requests. '
            + 'You are signed out on every device.',
    ];
}

export const ACCOUNT_DELETED = 'Your account has been deleted. Thank you for being part of this community. Take care.';

export function exportDone(bytes) {
    const size = bytes < 1024 ? `${bytes} bytes` : `${Math.ceil(bytes / 1024)} KB`;
    return `Your data was saved as kinship-my-data.json (${size}).`;
}
