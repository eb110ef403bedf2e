package org.kinship.server.coaching;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.AcceptCoachRequest;
import org.kinship.protocol.AssignCoach;
import org.kinship.protocol.CaseloadChanged;
import org.kinship.protocol.CaseloadResult;
import org.kinship.protocol.CoachRequest;
import org.kinship.protocol.CoachRequestsChanged;
import org.kinship.protocol.CoachRequestsResult;
import org.kinship.protocol.CoachingResult;
import org.kinship.protocol.ConversationKind;
import org.kinship.protocol.EndCoaching;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.GetCoaching;
import org.kinship.protocol.ListCaseload;
import org.kinship.protocol.ListCoachRequests;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RequestCoach;
import org.kinship.protocol.SetCoachCapacity;
import org.kinship.protocol.ShareCoachingHistory;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.AssignmentRow;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationRow;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * Coach relationships: one coach per participant at most, assigned by supervisors and admins or taken
 * from the request queue by a coach with room on their caseload; handoffs keep the earlier conversation
 * from the new coach until the participant shares it; the participant always hears who their coach is.
 */
public final class CoachingService {
    public static final int MAX_NOTE_CHARS = 500;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public CoachingService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> get(Connection c, GetCoaching request) {
        return db.read(h -> CoachingViews.coachingResult(h, c.userId())).thenApply(Outcome::of);
    }

    public CompletionStage<Outcome> request(Connection c, RequestCoach request) {
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A note is at most " + MAX_NOTE_CHARS + " characters.");
        }
        record Asked(CoachingResult result, List<CoachRequest> queue) {
        }
        return db.write(h -> {
            CoachingDao coaching = Daos.of(h, CoachingDao.class);
            if (coaching.currentCoach(c.userId()).isPresent()) {
                throw new Refused(ErrorCode.ALREADY_HAS_COACH, "You have a coach already; a supervisor can arrange a change.");
            }
            coaching.request(c.userId(), note, clock.millis());
            return new Asked(CoachingViews.coachingResult(h, c.userId()), CoachingViews.queue(h));
        }, asked -> fanout.toPeople(List.of(), Permissions.STAFF, new CoachRequestsChanged(asked.queue())))
                .thenApply(asked -> Outcome.of(asked.result()));
    }

    /** The participant's consent, given or taken back, for their coach to read what came before them. */
    public CompletionStage<Outcome> share(Connection c, ShareCoachingHistory request) {
        return db.write(h -> {
            CoachingDao coaching = Daos.of(h, CoachingDao.class);
            AssignmentRow current = coaching.current(c.userId()).orElseThrow(() -> new Refused(ErrorCode.NO_COACH));
            if (current.historyShared() != request.share()) {
                coaching.setHistoryShared(request.share(), current.id());
                audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                        request.share() ? "coaching.history.shared" : "coaching.history.unshared", current.coachId(), null, ""));
            }
            return CoachingNotices.collect(h, c.userId(), Set.of(current.coachId()), false, clock.millis());
        }, notices -> notices.publish(fanout)).thenApply(notices -> Outcome.of(notices.coaching()));
    }

    public CompletionStage<Outcome> listRequests(Connection c, ListCoachRequests request) {
        return db.read(CoachingViews::queue).thenApply(q -> Outcome.of(new CoachRequestsResult(q)));
    }

    public CompletionStage<Outcome> accept(Connection c, AcceptCoachRequest request) {
        return db.write(h -> {
            if (Daos.of(h, CoachingDao.class).requestedAt(request.participantId()).isEmpty()) {
                throw new Refused(ErrorCode.NOT_FOUND, "That person is not waiting for a coach.");
            }
            Set<Long> coaches = reassign(h, request.participantId(), c.userId(), c.userId());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "coach.request.accepted",
                    request.participantId(), null, ""));
            return CoachingNotices.collect(h, request.participantId(), coaches, true, clock.millis());
        }, notices -> notices.publish(fanout))
                .thenCompose(notices -> db.read(h ->
                        Outcome.of(new CaseloadResult(CoachingViews.caseload(h, c.userId(), clock.millis())))));
    }

    /** Gives a participant a coach; with a coach already, a handoff: the new coach starts from now. */
    public CompletionStage<Outcome> assign(Connection c, AssignCoach request) {
        return db.write(h -> {
            Optional<Long> before = Daos.of(h, CoachingDao.class).currentCoach(request.participantId());
            if (before.filter(id -> id == request.coachId()).isPresent()) {
                return CoachingNotices.none(CoachingViews.coachingResult(h, request.participantId()));
            }
            Set<Long> coaches = reassign(h, request.participantId(), request.coachId(), c.userId());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "coach.assigned",
                    request.participantId(), null, "coach=" + request.coachId() + before.map(b -> "; handoff from " + b).orElse("")));
            return CoachingNotices.collect(h, request.participantId(), coaches, true, clock.millis());
        }, notices -> notices.publish(fanout)).thenApply(notices -> Outcome.of(notices.coaching()));
    }

    public CompletionStage<Outcome> end(Connection c, EndCoaching request) {
        return db.write(h -> {
            Set<Long> coaches = reassign(h, request.participantId(), null, c.userId());
            if (coaches.isEmpty()) {
                throw new Refused(ErrorCode.NOT_FOUND, "That person has no coach.");
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "coach.ended",
                    request.participantId(), null, "coach=" + coaches.iterator().next()));
            return CoachingNotices.collect(h, request.participantId(), coaches, false, clock.millis());
        }, notices -> notices.publish(fanout)).thenApply(notices -> Outcome.of(notices.coaching()));
    }

    public CompletionStage<Outcome> caseload(Connection c, ListCaseload request) {
        long coachId = request.coachId() == null ? c.userId() : request.coachId();
        if (coachId != c.userId() && !Permissions.OVERSEERS.contains(c.principal().role())) {
            throw new Refused(ErrorCode.FORBIDDEN, "Peer leaders see their own caseload.");
        }
        return db.read(h -> {
            Daos.of(h, UserDao.class).findById(coachId).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            return Outcome.of(new CaseloadResult(CoachingViews.caseload(h, coachId, clock.millis())));
        });
    }

    /** One coach's own limit; a caseload already over it stays as it is, and nobody new is added. */
    public CompletionStage<Outcome> setCapacity(Connection c, SetCoachCapacity request) {
        Integer capacity = request.capacity();
        if (capacity != null && (capacity < 0 || capacity > OrgSettingsService.MAX_COACH_CAPACITY)) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "capacity is 0 to " + OrgSettingsService.MAX_COACH_CAPACITY + ".");
        }
        return db.write(h -> {
            UserRow coach = Daos.of(h, UserDao.class).findById(request.coachId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            if (!Permissions.STAFF.contains(OrgRole.fromWireName(coach.orgRole()))) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "A coach is a peer leader, supervisor or admin.");
            }
            CoachingDao coaching = Daos.of(h, CoachingDao.class);
            if (capacity == null) {
                coaching.clearOwnCapacity(coach.id());
            } else {
                coaching.setOwnCapacity(coach.id(), capacity);
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "coach.capacity.set", coach.id(), null,
                    "capacity=" + (capacity == null ? "organisation default" : capacity)));
            return CoachingViews.caseload(h, coach.id(), clock.millis());
        }, caseload -> fanout.toPeople(List.of(caseload.coachId()), Set.of(), new CaseloadChanged(caseload)))
                .thenApply(caseload -> Outcome.of(new CaseloadResult(caseload)));
    }

    /**
     * Ends the participant's current assignment, if any, and starts one with {@code newCoachId} (null: none).
     * Returns the coaches whose caseload changed. The new coach reads from the conversation's next seq.
     */
    private Set<Long> reassign(Handle h, long participantId, Long newCoachId, long byUserId) {
        checkParticipant(h, participantId);
        CoachingDao coaching = Daos.of(h, CoachingDao.class);
        Set<Long> changed = new LinkedHashSet<>();
        Optional<AssignmentRow> current = coaching.current(participantId);
        if (newCoachId != null) {
            checkCoach(h, participantId, newCoachId);
        }
        current.ifPresent(a -> {
            coaching.end(clock.millis(), a.id());
            changed.add(a.coachId());
        });
        if (newCoachId != null) {
            ConversationRow conversation = coachingConversation(h, participantId);
            coaching.assign(participantId, newCoachId, byUserId, clock.millis(), conversation.lastSeq());
            coaching.removeRequest(participantId);
            changed.add(newCoachId);
        }
        return changed;
    }

    private ConversationRow coachingConversation(Handle h, long participantId) {
        ConversationDao conversations = Daos.of(h, ConversationDao.class);
        return conversations.coachingOf(participantId).orElseGet(() -> {
            long id = conversations.insert(ConversationKind.COACHING.wireName(), participantId, null, clock.millis());
            return conversations.find(id).orElseThrow();
        });
    }

    private static void checkParticipant(Handle h, long participantId) {
        UserRow person = Daos.of(h, UserDao.class).findById(participantId)
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        if (!OrgRole.PARTICIPANT.wireName().equals(person.orgRole())) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Coaching is for participants.");
        }
    }

    private static void checkCoach(Handle h, long participantId, long coachId) {
        UserRow coach = Daos.of(h, UserDao.class).findById(coachId)
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        if (!Permissions.STAFF.contains(OrgRole.fromWireName(coach.orgRole())) || coach.disabledAt() != null) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A coach is a peer leader, supervisor or admin with an active account.");
        }
        CoachingDao coaching = Daos.of(h, CoachingDao.class);
        if (!coaching.coaches(coachId, participantId) && coaching.caseloadSize(coachId) >= CoachingViews.capacity(h, coachId)) {
            throw new Refused(ErrorCode.CASELOAD_FULL, coach.handle() + "'s caseload is full.");
        }
    }
}
