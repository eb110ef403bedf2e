// Referrals: a coach records one from a caseload entry (`referral.create`); supervisors and admins list them
// (`referrals.list`, open or done, with counts by kind) and mark them done (`referral.done`); a peer leader
// lists the ones they made. Never for participants. Like main.js, every change goes through
// dispatch(event) into state.apply.

import { seesReferrals, finishesReferrals } from './referrals-state.js';
import { REFERRAL_SAVED } from './care-words.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';

export function createReferralActions({ connection, dispatch, getState }) {
    const words = (error) => (error.code === 'disconnected' ? DROPPED : error.message);

    async function load(status) {
        try {
            const result = await connection.request('referrals.list', { status });
            dispatch({ type: 'referrals.loaded', status, referrals: result.referrals, counts: result.counts });
        } catch (error) {
            if (getState().panel === 'referrals') dispatch({ type: 'panel.failed', message: words(error) });
        }
    }

    const actions = {
        openReferrals: () => {
            dispatch({ type: 'panel.opened', panel: 'referrals' });
            load(getState().referrals?.status || 'open');
        },
        showReferrals: (status) => load(status),
        askReferral: (participantId, handle) => dispatch({ type: 'referral.drafting', participantId, handle }),
        closeReferral: () => dispatch({ type: 'referral.draft.closed' }),
        createReferral: async (kind, note) => {
            const draft = getState().referralDraft;
            if (!draft) return false;
            dispatch({ type: 'referral.saving' });
            try {
                const { referral } = await connection.request('referral.create', { participantId: draft.participantId, kind, note });
                dispatch({ type: 'referral.saved', referral, notice: REFERRAL_SAVED });
                return true;
            } catch (error) {
                dispatch({ type: 'referral.failed', message: words(error) });
                return false;
            }
        },
        askFinishReferral: (id) => dispatch({ type: 'referral.finishing', id }),
        cancelFinishReferral: () => dispatch({ type: 'referral.finish.closed' }),
        finishReferral: async (note) => {
            const finish = getState().referralFinish;
            if (!finish) return;
            dispatch({ type: 'referral.finish.busy' });
            try {
                const fields = note ? { referralId: finish.id, note } : { referralId: finish.id };
                const { referral } = await connection.request('referral.done', fields);
                dispatch({ type: 'referral.finished', referral });
            } catch (error) {
                dispatch({ type: 'referral.finish.failed', message: words(error) });
            }
        },
    };

    /** After every welcome: supervisors and admins hold the open ones (for the badge); an open panel is refreshed. */
    function afterSync() {
        const s = getState();
        if (!seesReferrals(s)) return;
        if (finishesReferrals(s) || s.panel === 'referrals') load(s.referrals?.status || 'open');
    }

    return { actions, afterSync };
}
