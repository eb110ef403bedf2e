package org.kinship.server.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.CoachingChanged;
import org.kinship.protocol.CoachingResult;
import org.kinship.protocol.ErasureMode;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.MessageUpdated;
import org.kinship.protocol.OrgRole;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.auth.PasswordHasher;
import org.kinship.server.auth.Principal;
import org.kinship.server.auth.SessionService;
import org.kinship.server.chat.ChatService;
import org.kinship.server.coaching.CoachingViews;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.safety.DutyService;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.DataRightsDao;
import org.kinship.server.store.DutyRow;
import org.kinship.server.store.SafetyDao;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * A person deletes their account. In one transaction: their messages lose their text and are kept as
 * tombstones of a "former member" (a fresh stand-in row that cannot sign in), every row about them is
 * deleted, every row that names them as the one who did something points at the stand-in, and their
 * user row is deleted. Afterwards no row outside the audit trail holds their id or handle; the trail keeps
 * {@code account.deleted} with counts only. Every socket of theirs closes with 4001.
 */
public final class ErasureService {
    /** Rows that are the person's own or about them: deleted. Every other user reference is re-pointed. */
    static final Set<String> DELETED_ROWS = Set.of(
            "sessions.user_id", "room_members.user_id", "sanctions.user_id", "join_requests.user_id",
            "blocks.blocker_id", "blocks.blocked_id", "user_private.user_id", "password_resets.user_id",
            "on_duty.user_id", "support_alerts.user_id", "conversation_reads.user_id",
            "coach_assignments.participant_id", "coach_requests.participant_id", "coach_capacity.coach_id",
            "checkins.user_id", "recovery_dates.user_id", "referrals.participant_id");
    /** What a former member is called; never a valid handle (it has spaces), so nobody can sign up as one. */
    public static final String FORMER_MEMBER = "former member";

    private final Db db;
    private final PasswordHasher hasher;
    private final Fanout fanout;
    private final ConnectionRegistry connections;
    private final AuditLog audit;
    private final Clock clock;

    public ErasureService(Db db, PasswordHasher hasher, Fanout fanout, ConnectionRegistry connections, AuditLog audit,
                          Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.fanout = fanout;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person proves it is them with their password (checked on the hasher's pool), then the account goes. */
    public CompletableFuture<Void> deleteOwnAccount(Principal who, String password) {
        return db.read(h -> Daos.of(h, UserDao.class).findById(who.userId()).map(UserRow::passwordHash).orElse(null))
                .thenCompose(hash -> hasher.verify(password, hash))
                .thenCompose(ok -> {
                    if (!ok) {
                        throw new Refused(ErrorCode.INVALID_CREDENTIALS, "The password is not right.");
                    }
                    return erase(who.userId(), who.role());
                });
    }

    /** Erases the account now; after the commit, closes the person's sockets and tells rooms of the tombstones. */
    CompletableFuture<Void> erase(long userId, OrgRole role) {
        return db.write(h -> eraseIn(h, userId, role), erased -> {
            connections.forUser(userId).forEach(c -> c.close(SessionService.CLOSE_SESSION_ENDED, "Account deleted"));
            erased.messages().forEach(row -> fanout.toRoom(row.roomId(), new MessageUpdated(ChatService.toWire(row))));
            erased.coachees().forEach(result -> fanout.toPeople(List.of(result.participantId()), Set.of(),
                    new CoachingChanged(result.coaching())));
            if (erased.dutyRoster() != null) {
                DutyService.announce(fanout, erased.dutyRoster());
            }
        }).thenApply(erased -> null);
    }

    /**
     * What changed for others: room messages now tombstones, the participants who no longer have this coach,
     * and the duty roster if the person was on duty (null if not).
     */
    private record Erased(List<MessageRow> messages, List<CoachingResult> coachees, List<DutyRow> dutyRoster) {
    }

    private Erased eraseIn(Handle h, long userId, OrgRole role) {
        DataRightsDao dao = Daos.of(h, DataRightsDao.class);
        Daos.of(h, UserDao.class).findById(userId).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        if (role == OrgRole.ADMIN && dao.otherActiveAdmins(userId) == 0) {
            throw new Refused(ErrorCode.FORBIDDEN, "You are the only admin: make someone else an admin first.");
        }
        ErasureMode mode = OrgSettingsService.current(h).erasure();
        long now = clock.millis();
        // A coach who leaves ends their coaching: their participants are told, and can ask for someone new.
        List<Long> coachees = Daos.of(h, CoachingDao.class).endAllOf(now, userId);
        boolean wasOnDuty = Daos.of(h, SafetyDao.class).goOffDuty(userId) == 1;
        long formerId = dao.insertFormerMember(FORMER_MEMBER + " (new) " + userId, now, now);
        dao.renameUser(FORMER_MEMBER + " " + formerId, formerId);
        List<MessageRow> changed = new ArrayList<>();
        for (DataRightsDao.MessageKey m : dao.roomMessagesOf(userId)) {
            dao.eraseRoomMessage(now, formerId, Daos.of(h, RoomDao.class).nextRev(m.roomId()), m.roomId(), m.seq());
            changed.add(Daos.of(h, MessageDao.class).find(m.roomId(), m.seq()).orElseThrow());
        }
        int conversationMessages = 0;
        for (DataRightsDao.MessageKey m : dao.conversationMessagesOf(userId)) {
            dao.eraseConversationMessage(now, formerId, Daos.of(h, ConversationDao.class).nextRev(m.roomId()), m.roomId(), m.seq());
            conversationMessages++;
        }
        dao.repointDirectFirst(formerId, userId);
        for (DataRightsDao.UserColumn col : dao.userColumns()) {
            if (DELETED_ROWS.contains(col.tableName() + "." + col.columnName())) {
                dao.deleteRows(col.tableName(), col.columnName(), userId);
            } else {
                dao.repoint(col.tableName(), col.columnName(), formerId, userId);
            }
        }
        dao.deleteUser(userId);
        audit.append(h, AuditEntry.done(userId, role.wireName(), "account.deleted", userId, null,
                "erasure=" + mode.name().toLowerCase(java.util.Locale.ROOT) + ", room messages=" + changed.size()
                        + ", conversation messages=" + conversationMessages));
        return new Erased(changed, coachees.stream().map(id -> CoachingViews.coachingResult(h, id)).toList(),
                wasOnDuty ? Daos.of(h, SafetyDao.class).onDuty() : null);
    }
}
