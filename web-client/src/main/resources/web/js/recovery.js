// The person's own recovery start date: read when the coaching panel opens (`recovery.get`), set, reset to
// today or cleared (`recovery.set`), and the opt-in to share milestones. Nobody else is ever told the date;
// a reset is private too. Like main.js, every change goes through dispatch(event) into state.apply.

import { localDay } from './coaching.js';
import { RECOVERY_SAVED, RECOVERY_RESET, RECOVERY_CLEARED } from './care-words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';

export function createRecoveryActions({ connection, dispatch, getState }) {
    const words = (error) => (error.code === 'disconnected' ? DROPPED : error.message);

    async function load() {
        try {
            const recovery = await connection.request('recovery.get');
            dispatch({ type: 'recovery.loaded', recovery });
        } catch (error) {
            dispatch({ type: 'recovery.failed', message: words(error) });
        }
    }

    async function save(fields, notice) {
        dispatch({ type: 'recovery.busy' });
        try {
            const recovery = await connection.request('recovery.set', fields);
            dispatch({ type: 'recovery.saved', recovery, notice });
            return true;
        } catch (error) {
            dispatch({ type: 'recovery.failed', message: words(error) });
            return false;
        }
    }

    const actions = {
        /** An empty date clears it (and with it the sharing of milestones). */
        saveRecovery: (startDate, announceMilestones) => (startDate
            ? save({ startDate, announceMilestones }, RECOVERY_SAVED)
            : save({ announceMilestones: false }, RECOVERY_CLEARED)),
        resetRecovery: () => save({ startDate: localDay(new Date()), announceMilestones: Boolean(getState().recovery?.announceMilestones) },
            RECOVERY_RESET),
        recoveryEdited: () => dispatch({ type: 'recovery.edited' }),
    };

    return { actions, load };
}
