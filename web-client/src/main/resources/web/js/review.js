// A supervisor reviews a coaching conversation, read-only, while the organisation allows it
// (`supervisorReview`): pages of `conversation.history`, newest first, each read recorded by the server.
// Nothing here marks anything read or shows typing. Like main.js, every change goes through dispatch(event).

import { reviewOldest } from './review-state.js';

const DROPPED = 'The connection dropped. Please try again in a moment.';
/** Messages per page read. */
const PAGE = 50;

export function createReviewActions({ connection, dispatch, getState }) {
    async function loadPage(conversationId, beforeSeq) {
        const fields = beforeSeq === undefined ? { conversationId, limit: PAGE } : { conversationId, beforeSeq, limit: PAGE };
        try {
            const result = await connection.request('conversation.history', fields);
            dispatch({ type: 'review.loaded', conversationId, messages: result.messages, hasMore: result.hasMore });
        } catch (error) {
            dispatch({ type: 'review.failed', message: error.code === 'disconnected' ? DROPPED : error.message });
        }
    }

    const actions = {
        openReview: (conversationId, handle, coachHandle) => {
            dispatch({ type: 'panel.opened', panel: 'review' });
            dispatch({ type: 'review.opened', conversationId, handle, coachHandle });
            loadPage(conversationId, undefined);
        },
        reviewOlder: () => {
            const r = getState().review;
            if (!r || r.loading || !r.hasMore) return;
            dispatch({ type: 'review.loading' });
            loadPage(r.conversationId, reviewOldest(getState()));
        },
    };

    return { actions };
}
