// A person's own recovery start date (`recovery.get`, `recovery.set`: private, only ever about themselves)
// and the milestones people who chose to share them reached while this page was open (`milestone.reached`).
// Pure, like state.js, which merges these handlers into its one apply(state, event). Milestones are kept
// apart from the rooms' messages, so they never touch seq handling.

/** The most milestone lines kept on the page. */
const MILESTONES_KEEP = 50;

export const initialRecovery = Object.freeze({
    recovery: null,         // {startDate?, days?, announceMilestones, nextMilestone?, nextMilestoneLabel?}; null until asked
    recoveryBusy: false,
    recoveryError: '',
    recoveryNotice: '',
    milestones: Object.freeze([]), // [{key, userId, handle, days, label, at}], oldest first
});

export const RECOVERY_HANDLERS = {
    'recovery.loaded': (s, e) => ({ ...s, recovery: e.recovery }),
    'recovery.busy': (s) => ({ ...s, recoveryBusy: true, recoveryError: '', recoveryNotice: '' }),
    'recovery.saved': (s, e) => ({ ...s, recovery: e.recovery, recoveryBusy: false, recoveryNotice: e.notice }),
    'recovery.failed': (s, e) => ({ ...s, recoveryBusy: false, recoveryError: e.message }),
    'recovery.edited': (s) => (s.recoveryNotice || s.recoveryError ? { ...s, recoveryNotice: '', recoveryError: '' } : s),
    'milestone.reached': (s, e) => {
        const key = `${e.userId}:${e.days}`;
        if (s.milestones.some((m) => m.key === key)) return s; // one line per milestone, however often it is told
        const line = { key, userId: e.userId, handle: e.handle, days: e.days, label: e.label, at: e.at };
        return { ...s, milestones: s.milestones.concat([line]).slice(-MILESTONES_KEEP) };
    },
};

/** The milestone lines for a room: those of people this page knows are its members. */
export function milestonesIn(s, roomId) {
    const members = s.members[roomId];
    return members ? s.milestones.filter((m) => members[m.userId]) : [];
}
