// The plain, calm words of one-to-one conversations, coaching and check-ins. Person-first: "a person
// who has gone quiet", never a label; nothing that blames or alarms.

import { shortDay, shortTime } from './dom.js';

/** How a conversation is named in the list and at the top of its view. */
export function conversationName(c, s) {
    const participant = s.me && s.me.role === 'participant';
    if (c.kind === 'coaching') {
        if (participant || (s.me && c.participantId === s.me.id)) {
            return { label: 'Your coach', name: c.withHandle || 'No coach at the moment' };
        }
        return { label: 'Coaching', name: c.withHandle || 'A participant' };
    }
    return { label: '', name: c.withHandle || 'Someone' };
}

/** The line under a conversation's title. */
export function conversationSubtitle(c, s) {
    if (c.kind !== 'coaching') return 'Only the two of you can read this conversation.';
    const participant = s.me && c.participantId === s.me.id;
    if (participant) return 'Only you and your coach can read this conversation.';
    return 'Only the two of you can read this conversation.';
}

/** Why the composer is closed in a read-only conversation. */
export function readOnlyText(c, s) {
    if (c.kind === 'coaching' && s.me && c.participantId === s.me.id) {
        return 'You have no coach at the moment, so this conversation is read-only. You can ask for a coach under Coaching.';
    }
    if (c.kind === 'coaching') return 'You are no longer this person\'s coach, so this conversation is read-only.';
    return 'You can\'t message this person right now. You can still read what you wrote to each other.';
}

export function earlierHiddenText(c) {
    return `Messages from before you started coaching ${c.withHandle || 'this person'} stay private unless they choose to share them.`;
}

export const CONVERSATION_START = 'This is the start of your conversation.';
export const NO_CONVERSATIONS = 'No private conversations yet.';

export function notificationTitle(handle) {
    return `New message from ${handle}`;
}

/** What the notify button and the line beside it say, by the browser's permission and the person's choice. */
export function notifyText(notify) {
    if (notify.permission === 'unsupported') return { button: null, status: 'This browser cannot show notifications.' };
    if (notify.permission === 'denied') {
        return { button: null, status: 'Notifications are blocked for Kinship in this browser\'s settings.' };
    }
    if (notify.permission === 'granted' && notify.enabled) {
        return { button: 'Turn off notifications', status: 'You\'ll be notified of new private messages while Kinship is in the background. They never show the message itself.' };
    }
    return { button: 'Notify me of private messages', status: '' };
}

// --- coaching ------------------------------------------------------------------------------------

/** What a participant is told when their coaching changes while the page is open. */
export function coachChangedNotice(before, after) {
    if (!after) return '';
    if (after.coachHandle && (!before || before.coachId !== after.coachId)) {
        return before && before.coachHandle ? `Your coach is now ${after.coachHandle}.` : `${after.coachHandle} is now your coach.`;
    }
    if (!after.coachHandle && before && before.coachHandle) {
        return 'Your coaching has ended for now. You can ask for a coach again at any time.';
    }
    return '';
}

export function coachLine(coaching) {
    return coaching.coachSince
        ? `Your coach is ${coaching.coachHandle}, since ${shortDay(coaching.coachSince)}.`
        : `Your coach is ${coaching.coachHandle}.`;
}

export function waitingLine(coaching) {
    return `You asked for a coach on ${shortDay(coaching.requestedAt)}. A peer leader will take you on soon, and you'll see it here.`;
}

export const NO_COACH_INTRO = 'A coach is a peer leader who writes with you one to one, between group meetings. '
    + 'You can tell them a little about what you would like help with, or leave it for later.';

export function shareLabel(coachHandle) {
    return `Let ${coachHandle} read our earlier conversation`;
}

export const SHARE_HINT = 'Your conversation with an earlier coach stays private unless you choose to share it. You can change this at any time.';

export const COACHING_INTRO_STAFF = 'The people you coach, anyone who has gone quiet first. Open a conversation to write to them.';

export const COACHING_INTRO_OTHER = 'The people this coach looks after, anyone who has gone quiet first.';

export function capacityLine(caseload) {
    return `${caseload.entries.length} of ${caseload.capacity} places taken.`;
}

export function lastContactText(at) {
    return at ? `Last contact ${shortTime(at)}` : 'No messages yet';
}

export function lastCheckinText(at) {
    return at ? `Last check-in ${shortTime(at)}` : 'No check-ins yet';
}

export const QUIET_TEXT = 'Gone quiet';
export const QUIET_HINT = 'No check-in or message for a while. A gentle hello may help.';

export function requestedText(request) {
    return `Asked ${shortTime(request.requestedAt)}`;
}

export function assignedNotice(coaching, participant) {
    return coaching && coaching.coachHandle ? `${coaching.coachHandle} now coaches ${participant}.` : 'Done.';
}

export function endedNotice(participant) {
    return `Coaching for ${participant} has ended. They can ask for a coach again.`;
}

// --- check-ins -----------------------------------------------------------------------------------

export const MOODS = [[1, 'Very low'], [2, 'Low'], [3, 'Okay'], [4, 'Good'], [5, 'Very good']];

export function moodWord(mood) {
    const found = MOODS.find(([n]) => n === mood);
    return found ? found[1] : String(mood);
}

export const CHECKIN_SAVED = 'Thank you for checking in.';
export const CHECKIN_INTRO = 'A moment to notice how today is going. Only you and your coach, if you have one, can see it.';

export function chartSummary(trend) {
    const n = trend.checkins.length;
    if (n === 0) return 'No check-ins in the last 30 days.';
    const last = trend.checkins[n - 1];
    return `${n} check-in${n === 1 ? '' : 's'} in the last 30 days. Latest, ${dayLabel(last.day)}: mood ${moodWord(last.mood)}, `
        + `craving ${last.craving} of 10.`;
}

const DAY_ONLY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "3 Mar" for a calendar day "YYYY-MM-DD", read as that day wherever the page is (not as UTC midnight). */
export function dayLabel(day) {
    const [y, m, d] = String(day).split('-').map(Number);
    return y && m && d ? DAY_ONLY.format(new Date(y, m - 1, d)) : '';
}
