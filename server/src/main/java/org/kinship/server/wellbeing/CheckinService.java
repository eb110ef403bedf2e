package org.kinship.server.wellbeing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.Checkin;
import org.kinship.protocol.CheckinRecorded;
import org.kinship.protocol.CheckinResult;
import org.kinship.protocol.CheckinsResult;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListCheckins;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RecordCheckin;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.CheckinDao;
import org.kinship.server.store.CheckinRow;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * Daily check-ins: mood, craving and a few words, one per day. The person sees their own trend; their current
 * coach sees it too, and a supervisor may while the organisation allows review. Every read by someone else
 * is written to the audit trail, without the notes.
 */
public final class CheckinService {
    public static final int MIN_MOOD = 1;
    public static final int MAX_MOOD = 5;
    public static final int MIN_CRAVING = 0;
    public static final int MAX_CRAVING = 10;
    public static final int MAX_NOTE_CHARS = 500;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final RecoveryService recovery;
    private final Clock clock;

    public CheckinService(Db db, Fanout fanout, AuditLog audit, RecoveryService recovery, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.recovery = recovery;
        this.clock = clock;
    }

    public CompletionStage<Outcome> record(Connection c, RecordCheckin request) {
        LocalDate day = checkRecord(request);
        String note = request.note() == null ? "" : request.note().strip();
        record Recorded(Checkin checkin, List<Long> recipients, RecoveryService.Announcement milestone) {
        }
        return db.write(h -> {
            long userId = c.userId();
            CheckinDao checkins = Daos.of(h, CheckinDao.class);
            checkins.record(userId, day.toString(), request.mood(), request.craving(), note, clock.millis());
            List<Long> recipients = new ArrayList<>(List.of(userId));
            Daos.of(h, CoachingDao.class).currentCoach(userId).ifPresent(recipients::add);
            return new Recorded(toWire(checkins.find(userId, day.toString()).orElseThrow()), recipients,
                    recovery.claim(h, userId, c.principal().handle()));
        }, recorded -> {
            fanout.toPeople(recorded.recipients(), Set.of(),
                    new CheckinRecorded(c.userId(), c.principal().handle(), recorded.checkin()));
            recovery.announce(recorded.milestone());
        }).thenApply(recorded -> Outcome.of(new CheckinResult(recorded.checkin())));
    }

    public CompletionStage<Outcome> list(Connection c, ListCheckins request) {
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        if (days < 1 || days > MAX_DAYS) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "days is 1 to " + MAX_DAYS + ".");
        }
        LocalDate today = Days.today(clock);
        LocalDate from = today.minusDays(days - 1L);
        long userId = request.userId() == null ? c.userId() : request.userId();
        if (userId == c.userId()) {
            return db.read(h -> load(h, userId, c.principal().handle(), from, today)).thenApply(Outcome::of);
        }
        if (c.principal().role() == OrgRole.PARTICIPANT) {
            throw new Refused(ErrorCode.FORBIDDEN, "Check-ins are seen only by the person and their coach.");
        }
        return db.write(h -> {
            String as = checkStaffMayRead(h, c, userId);
            UserRow person = Daos.of(h, UserDao.class).findById(userId)
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "checkins.viewed", userId, null,
                    as + "; days=" + days));
            return load(h, userId, person.handle(), from, today);
        }).thenApply(Outcome::of);
    }

    /** The person's current coach may read; a supervisor may while review is on. Says which, for the audit record. */
    private static String checkStaffMayRead(Handle h, Connection c, long userId) {
        if (Daos.of(h, CoachingDao.class).coaches(c.userId(), userId)) {
            return "as coach";
        }
        if (c.principal().role() == OrgRole.SUPERVISOR && OrgSettingsService.current(h).supervisorReview()) {
            return "supervisor review";
        }
        throw new Refused(ErrorCode.FORBIDDEN, "Only the person's coach can see their check-ins.");
    }

    /** Validates before any database work; returns the day it is for. */
    private LocalDate checkRecord(RecordCheckin request) {
        if (request.mood() < MIN_MOOD || request.mood() > MAX_MOOD) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "mood is " + MIN_MOOD + " to " + MAX_MOOD + ".");
        }
        if (request.craving() < MIN_CRAVING || request.craving() > MAX_CRAVING) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "craving is " + MIN_CRAVING + " to " + MAX_CRAVING + ".");
        }
        if (request.note() != null && request.note().strip().length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A check-in note is at most " + MAX_NOTE_CHARS + " characters.");
        }
        LocalDate today = Days.today(clock);
        if (request.day() == null) {
            return today;
        }
        LocalDate day = Days.parse("day", request.day());
        if (day.isBefore(today.minusDays(1)) || day.isAfter(today.plusDays(1))) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "day is " + today.minusDays(1) + " to " + today.plusDays(1)
                    + ": today, give or take a day.");
        }
        return day;
    }

    private static CheckinsResult load(Handle h, long userId, String handle, LocalDate from, LocalDate today) {
        List<Checkin> rows = Daos.of(h, CheckinDao.class).since(userId, from.toString(), MAX_DAYS + 2).stream()
                .map(CheckinService::toWire).toList();
        return new CheckinsResult(userId, handle, from.toString(), today.toString(), rows);
    }

    static Checkin toWire(CheckinRow r) {
        return new Checkin(r.day(), r.mood(), r.craving(), r.note().isEmpty() ? null : r.note(),
                Instant.ofEpochMilli(r.recordedAt()));
    }
}
