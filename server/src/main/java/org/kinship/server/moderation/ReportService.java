package org.kinship.server.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.CreateReport;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListReports;
import org.kinship.protocol.Report;
import org.kinship.protocol.ReportCategory;
import org.kinship.protocol.ReportHandled;
import org.kinship.protocol.ReportNew;
import org.kinship.protocol.ReportResolved;
import org.kinship.protocol.ReportStatus;
import org.kinship.protocol.ReportsResult;
import org.kinship.protocol.ResolveReport;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.chat.ChatService;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.ReportDao;
import org.kinship.server.store.ReportRow;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.UserDao;

/**
 * Reports go first to the room's own leaders (and every supervisor and admin), with the message and
 * a little around it. The reporter learns only that it was handled; the reported person never learns who.
 */
public final class ReportService {
    public static final int MAX_NOTE_CHARS = 1_000;
    /** Messages shown on each side of a reported message. */
    static final int CONTEXT_AROUND = 2;
    /** A person's latest messages shown with a report about them. */
    static final int CONTEXT_OF_PERSON = 3;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public ReportService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> create(Connection c, CreateReport request) {
        if ((request.seq() == null) == (request.userId() == null)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Report either a message (seq) or a person (userId).");
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A note is at most " + MAX_NOTE_CHARS + " characters.");
        }
        record Filed(Report report, List<Long> moderators) {
        }
        return db.write(h -> {
            RoomAccess.require(h, CreateReport.class, c.principal(), request.roomId());
            long reported = request.seq() != null
                    ? Daos.of(h, MessageDao.class).find(request.roomId(), request.seq())
                            .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such message.")).senderId()
                    : Daos.of(h, UserDao.class).findById(request.userId())
                            .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person.")).id();
            if (reported == c.userId()) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "You cannot report yourself.");
            }
            ReportDao reports = Daos.of(h, ReportDao.class);
            long id = reports.insert(request.roomId(), c.userId(), reported, request.seq(), request.category().wireName(),
                    note, clock.millis());
            return new Filed(toWire(h, reports.find(id).orElseThrow()), Daos.of(h, RoomDao.class).moderatorIds(request.roomId()));
        }, filed -> fanout.toPeople(filed.moderators(), Permissions.OVERSEERS, new ReportNew(filed.report())))
                .thenApply(filed -> Outcome.empty());
    }

    public CompletionStage<Outcome> list(Connection c, ListReports request) {
        return db.read(h -> {
            RoomAccess.requireRoomOrOrgWide(h, ListReports.class, c.principal(), request.roomId(),
                    "Give a room: only supervisors and admins see every room's reports.");
            String status = request.status() == null ? null : request.status().wireName();
            return Daos.of(h, ReportDao.class).list(request.roomId(), status).stream().map(row -> toWire(h, row)).toList();
        }).thenApply(reports -> Outcome.of(new ReportsResult(reports)));
    }

    /** A resolved report, and the moderators whose queues it leaves. */
    private record Resolved(ReportRow row, List<Long> moderators) {
    }

    public CompletionStage<Outcome> resolve(Connection c, ResolveReport request) {
        if (request.outcome() == ReportStatus.OPEN) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A report is resolved as actioned or dismissed.");
        }
        String note = request.note().strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Add a note of 1 to " + MAX_NOTE_CHARS + " characters.");
        }
        return db.write(h -> {
            ReportDao reports = Daos.of(h, ReportDao.class);
            ReportRow row = reports.find(request.reportId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such report."));
            RoomAccess.require(h, ResolveReport.class, c.principal(), row.roomId());
            if (reports.resolve(request.outcome().wireName(), note, c.userId(), clock.millis(), row.id()) != 1) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "That report was already handled.");
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "report.resolved",
                    row.reportedUserId(), row.roomId(), "report=" + row.id() + " outcome=" + request.outcome().wireName()
                            + " note: " + note));
            return new Resolved(row, Daos.of(h, RoomDao.class).moderatorIds(row.roomId()));
        }, resolved -> {
            ReportRow row = resolved.row();
            fanout.toPeople(resolved.moderators(), Permissions.OVERSEERS,
                    new ReportResolved(row.id(), row.roomId(), request.outcome(), c.principal().handle()));
            if (row.reporterId() != null) {
                fanout.toPeople(List.of(row.reporterId()), java.util.Set.of(), new ReportHandled(row.id(), request.outcome()));
            }
        }).thenApply(resolved -> Outcome.empty());
    }

    /** Files a word-list flag about a message that was let through: a report with no reporter. */
    public static Report fileWordFlag(Handle h, MessageRow message, String word, long now) {
        ReportDao reports = Daos.of(h, ReportDao.class);
        long id = reports.insert(message.roomId(), null, message.senderId(), message.seq(), ReportCategory.OTHER.wireName(),
                "Word list: \u201c" + word + "\u201d", now);
        return toWire(h, reports.find(id).orElseThrow());
    }

    private static Report toWire(Handle h, ReportRow row) {
        MessageDao messages = Daos.of(h, MessageDao.class);
        List<MessageRow> context = row.seq() != null
                ? messages.range(row.roomId(), row.seq() - CONTEXT_AROUND, row.seq() + CONTEXT_AROUND)
                : messages.lastBySender(row.roomId(), row.reportedUserId(), CONTEXT_OF_PERSON);
        return new Report(row.id(), row.roomId(), ReportCategory.fromWireName(row.category()), row.note(),
                ReportStatus.fromWireName(row.status()), row.reportedUserId(), row.reportedHandle(), row.seq(),
                row.reporterHandle(), Instant.ofEpochMilli(row.createdAt()),
                context.stream().map(ChatService::toWire).toList(), row.resolutionNote(),
                row.resolvedAt() == null ? null : Instant.ofEpochMilli(row.resolvedAt()));
    }
}
