package org.kinship.server.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ConversationKind;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.OrgRole;
import org.kinship.server.Refused;
import org.kinship.server.auth.Principal;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.store.AssignmentRow;
import org.kinship.server.store.BlockDao;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationRow;
import org.kinship.server.store.Daos;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * Who may read and write which private conversation, decided inside the caller's transaction. Only the two
 * people read a conversation: for coaching, the participant and their current coach (from where the
 * participant allows). Supervisors read coaching conversations only when the organisation's policy says so,
 * and then read-only; {@link Seat#reviewer()} tells the caller to write the access record.
 */
public final class ConversationAccess {
    private ConversationAccess() {
    }

    /** Someone who reads a conversation, and the first seq they may read. */
    public record Reader(long userId, long fromSeq) {
    }

    /** A conversation and everyone who reads it as one of its two people. */
    public record Audience(ConversationRow conversation, List<Reader> readers, Optional<AssignmentRow> coach) {
        public ConversationKind kind() {
            return ConversationKind.fromWireName(conversation.kind());
        }

        /** Who may see the message with this seq: the recipients of its events. */
        public List<Long> readersOf(long seq) {
            return readers.stream().filter(r -> seq >= r.fromSeq()).map(Reader::userId).toList();
        }

        public List<Long> readerIds() {
            return readers.stream().map(Reader::userId).toList();
        }

        public Optional<Reader> reader(long userId) {
            return readers.stream().filter(r -> r.userId() == userId).findFirst();
        }

        /** The other of the two people, if there is one now (a participant between coaches has nobody). */
        public Optional<Long> otherThan(long userId) {
            return readers.stream().map(Reader::userId).filter(id -> id != userId).findFirst();
        }
    }

    /** One person's place in a conversation. */
    public record Seat(Audience audience, long userId, long fromSeq, boolean reviewer) {
        public long conversationId() {
            return audience.conversation().id();
        }
    }

    public static Audience audience(Handle h, ConversationRow conversation) {
        List<Reader> readers = new ArrayList<>();
        readers.add(new Reader(conversation.userA(), 1));
        Optional<AssignmentRow> coach = Optional.empty();
        if (conversation.userB() != null) {
            readers.add(new Reader(conversation.userB(), 1));
        } else {
            coach = Daos.of(h, CoachingDao.class).current(conversation.userA());
            coach.ifPresent(a -> readers.add(new Reader(a.coachId(), a.fromSeq())));
        }
        return new Audience(conversation, List.copyOf(readers), coach);
    }

    /** Refuses anyone who may not read the conversation. */
    public static Seat requireReader(Handle h, Principal who, long conversationId) {
        ConversationRow conversation = Daos.of(h, ConversationDao.class).find(conversationId)
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such conversation."));
        Audience audience = audience(h, conversation);
        Optional<Reader> reader = audience.reader(who.userId());
        if (reader.isPresent()) {
            return new Seat(audience, who.userId(), reader.get().fromSeq(), false);
        }
        if (audience.kind() == ConversationKind.COACHING && who.role() == OrgRole.SUPERVISOR
                && OrgSettingsService.current(h).supervisorReview()) {
            return new Seat(audience, who.userId(), 1, true);
        }
        throw new Refused(ErrorCode.FORBIDDEN, "Only the two people in a conversation read it.");
    }

    /** Refuses reviewers, and anyone who may read but not act (reviews change nothing, not even read receipts). */
    public static Seat requireMember(Handle h, Principal who, long conversationId) {
        Seat seat = requireReader(h, who, conversationId);
        if (seat.reviewer()) {
            throw new Refused(ErrorCode.FORBIDDEN, "A review is read-only.");
        }
        return seat;
    }

    /** Refuses anyone who may not write in the conversation now. */
    public static Seat requireWriter(Handle h, Principal who, long conversationId) {
        Seat seat = requireMember(h, who, conversationId);
        Optional<Long> other = seat.audience().otherThan(who.userId());
        if (other.isEmpty()) {
            throw new Refused(ErrorCode.NO_COACH);
        }
        if (seat.audience().kind() == ConversationKind.DIRECT) {
            checkReachable(h, who.userId(), other.get());
        }
        return seat;
    }

    /** Refuses a direct message the organisation's policy or a block does not allow. */
    public static void checkReachable(Handle h, long from, long to) {
        Optional<ErrorCode> refusal = unreachable(h, from, to);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
    }

    /** Why one person may not message another directly, if they may not: a block, a closed account, or the policy. */
    static Optional<ErrorCode> unreachable(Handle h, long from, long to) {
        UserDao users = Daos.of(h, UserDao.class);
        UserRow sender = users.findById(from).orElseThrow();
        UserRow recipient = users.findById(to).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        if (recipient.disabledAt() != null || Daos.of(h, BlockDao.class).eitherBlocked(from, to)) {
            return Optional.of(ErrorCode.PERSON_UNREACHABLE);
        }
        boolean bothParticipants = OrgRole.PARTICIPANT.wireName().equals(sender.orgRole())
                && OrgRole.PARTICIPANT.wireName().equals(recipient.orgRole());
        if (bothParticipants && !OrgSettingsService.current(h).participantDirectMessages()) {
            return Optional.of(ErrorCode.DIRECT_MESSAGES_OFF);
        }
        return Optional.empty();
    }
}
