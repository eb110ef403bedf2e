// The supervisor's read-only review of a coaching conversation: clearly labelled, no composer, no "Seen",
// no typing; older pages on request. Text only via textContent.

import { byId, el, reconcile, shortTime } from './dom.js';
import { mayReview } from './org-settings-state.js';
import { reviewMessages } from './review-state.js';
import { REVIEW_NOTICE, REVIEW_START, REVIEW_EMPTY, REVIEW_DELETED, reviewSubtitle } from './care-words.js';

export function createReviewView(actions) {
    const $ = byId;

    $('review-notice').textContent = REVIEW_NOTICE;
    $('review-older').addEventListener('click', () => actions.reviewOlder());
    $('review-back').addEventListener('click', () => actions.openCaseload());

    function render(s) {
        if (s.panel !== 'review' || !s.review) return;
        const r = s.review;
        $('review-subtitle').textContent = reviewSubtitle(r);
        const messages = reviewMessages(s);
        reconcile($('review-messages'), messages, (m) => m.seq, (m) => String(m.rev), reviewItem);
        $('review-older').hidden = !r.hasMore || messages.length === 0;
        $('review-older').disabled = r.loading;
        $('review-older').textContent = r.loading ? 'Loading…' : 'Read older messages';
        $('review-start').hidden = r.hasMore || r.loading;
        $('review-start').textContent = messages.length === 0 ? REVIEW_EMPTY : REVIEW_START;
        $('review-error').textContent = r.error;
        $('review-error').hidden = !r.error;
        $('review-view').dataset.allowed = String(mayReview(s));
    }

    return { render };
}

function reviewItem(m) {
    const deleted = Boolean(m.deletedAt) || typeof m.body !== 'string';
    return el('li', { className: deleted ? 'message deleted' : 'message', testid: 'review-message', 'data-seq': m.seq },
        el('p', { className: 'meta' },
            el('span', { className: 'author', text: m.senderHandle }),
            el('time', { datetime: m.sentAt, text: shortTime(m.sentAt) }),
            m.editedAt && !deleted ? el('span', { className: 'note', text: 'edited' }) : null),
        el('p', { className: deleted ? 'body tombstone' : 'body', testid: 'review-body', text: deleted ? REVIEW_DELETED : m.body }));
}
