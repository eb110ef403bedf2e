// A supervisor's review of one coaching conversation (PROTOCOL.md, "Coaching and private conversations"):
// read-only pages of `conversation.history`, kept apart from the person's own conversations so nothing
// here sends read receipts or typing. Pure, like state.js, which merges these handlers into its one apply.

export const initialReview = Object.freeze({
    review: null, // {conversationId, handle, coachHandle, bySeq, hasMore, loading, error}
});

export const REVIEW_HANDLERS = {
    'review.opened': (s, e) => ({
        ...s,
        review: { conversationId: e.conversationId, handle: e.handle, coachHandle: e.coachHandle, bySeq: {}, hasMore: true, loading: true, error: '' },
    }),
    'review.loading': (s) => (s.review ? { ...s, review: { ...s.review, loading: true, error: '' } } : s),
    'review.loaded': (s, e) => {
        if (!s.review || s.review.conversationId !== e.conversationId) return s;
        const bySeq = { ...s.review.bySeq };
        for (const m of e.messages) bySeq[m.seq] = m;
        return { ...s, review: { ...s.review, bySeq, hasMore: e.hasMore, loading: false } };
    },
    'review.failed': (s, e) => (s.review ? { ...s, review: { ...s.review, loading: false, error: e.message } } : s),
};

/** The reviewed messages, ascending by seq. */
export function reviewMessages(s) {
    return s.review ? Object.values(s.review.bySeq).sort((a, b) => a.seq - b.seq) : [];
}

/** The lowest seq held, for the next older page; undefined before the first. */
export function reviewOldest(s) {
    const seqs = s.review ? Object.keys(s.review.bySeq).map(Number) : [];
    return seqs.length ? Math.min(...seqs) : undefined;
}
