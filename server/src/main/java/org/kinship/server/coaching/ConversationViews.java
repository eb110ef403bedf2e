package org.kinship.server.coaching;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.Conversation;
import org.kinship.protocol.ConversationKind;
import org.kinship.protocol.ConversationMessage;
import org.kinship.protocol.ConversationsChanged;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.coaching.ConversationAccess.Seat;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationMessageRow;
import org.kinship.server.store.Daos;
import org.kinship.server.store.UserDao;

/** Conversations and their messages as one person sees them on the wire. */
public final class ConversationViews {
    private ConversationViews() {
    }

    /** Every conversation the person is one of the two people in, newest message first. */
    public static List<Conversation> listFor(Handle h, long userId) {
        return Daos.of(h, ConversationDao.class).of(userId).stream()
                .map(row -> {
                    ConversationAccess.Audience audience = ConversationAccess.audience(h, row);
                    return view(h, new Seat(audience, userId, audience.reader(userId).orElseThrow().fromSeq(), false));
                })
                .sorted(Comparator.comparing(Conversation::lastMessageAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Conversation::id))
                .toList();
    }

    /** Each person's whole list, computed inside the transaction that changed it, to publish after the commit. */
    public static Map<Long, List<Conversation>> listsFor(Handle h, Collection<Long> userIds) {
        Map<Long, List<Conversation>> lists = new LinkedHashMap<>();
        userIds.forEach(id -> lists.put(id, listFor(h, id)));
        return lists;
    }

    public static void publishLists(Fanout fanout, Map<Long, List<Conversation>> lists) {
        lists.forEach((userId, list) -> fanout.toPeople(List.of(userId), Set.of(), new ConversationsChanged(list)));
    }

    public static Conversation view(Handle h, Seat seat) {
        ConversationAccess.Audience audience = seat.audience();
        ConversationDao dao = Daos.of(h, ConversationDao.class);
        long id = seat.conversationId();
        boolean coaching = audience.kind() == ConversationKind.COACHING;
        long participantId = audience.conversation().userA();
        // A reviewing supervisor sees the pair from the participant's side: "with" is the coach.
        long viewerSide = seat.reviewer() ? participantId : seat.userId();
        Optional<Long> other = audience.otherThan(viewerSide);
        String otherHandle = other.flatMap(o -> Daos.of(h, UserDao.class).findById(o)).map(u -> u.handle()).orElse(null);
        long readSeq = Math.max(dao.readSeq(id, seat.userId()).orElse(0L), seat.fromSeq() - 1);
        long otherReadSeq = other.flatMap(o -> dao.readSeq(id, o)).orElse(0L);
        int unread = seat.reviewer() ? 0 : dao.unread(id, seat.userId(), readSeq);
        Instant lastMessageAt = dao.lastMessageAt(id, seat.fromSeq()).map(Instant::ofEpochMilli).orElse(null);
        boolean readOnly = seat.reviewer() || other.isEmpty() || !reachable(h, audience, seat.userId(), other.get());
        return new Conversation(id, audience.kind(), coaching ? participantId : null, other.orElse(null), otherHandle,
                audience.conversation().lastSeq(), audience.conversation().lastRev(), seat.fromSeq(), readSeq, otherReadSeq,
                unread, lastMessageAt, readOnly);
    }

    private static boolean reachable(Handle h, ConversationAccess.Audience audience, long from, long to) {
        return audience.kind() == ConversationKind.COACHING || ConversationAccess.unreachable(h, from, to).isEmpty();
    }

    public static ConversationMessage toWire(ConversationMessageRow row) {
        return new ConversationMessage(row.conversationId(), row.seq(), row.rev(), row.senderId(), row.senderHandle(),
                row.clientKey(), row.body(), Instant.ofEpochMilli(row.createdAt()), instant(row.editedAt()),
                instant(row.deletedAt()));
    }

    public static List<ConversationMessage> toWire(List<ConversationMessageRow> rows) {
        return rows.stream().map(ConversationViews::toWire).toList();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
