package org.kinship.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.AuditRecord;
import org.kinship.protocol.AuditResult;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListAudit;
import org.kinship.server.Refused;
import org.kinship.server.auth.Principal;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.AuditDao;
import org.kinship.server.store.AuditView;
import org.kinship.server.store.Db;

/** Reading the audit trail: a room's moderators read that room's records; overseers read and export all. */
public final class AuditService {
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 200;
    static final String CSV_HEADER = "id,at,actor_id,actor_handle,actor_role,action,target_user_id,target_handle,room_id,detail,outcome";

    private final Db db;
    private final AuditLog audit;

    public AuditService(Db db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public CompletionStage<Outcome> list(Connection c, ListAudit request) {
        int limit = request.limit() == null ? DEFAULT_PAGE : request.limit();
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "limit is 1 to " + MAX_PAGE + ".");
        }
        long before = request.beforeId() == null ? Long.MAX_VALUE : request.beforeId();
        return db.read(h -> {
            RoomAccess.requireRoomOrOrgWide(h, ListAudit.class, c.principal(), request.roomId(),
                    "Give a room: only supervisors and admins read the whole trail.");
            return Daos.of(h, AuditDao.class).page(before, request.roomId(), request.action(), limit + 1);
        }).thenApply(rows -> {
            boolean hasMore = rows.size() > limit;
            List<AuditRecord> page = rows.stream().limit(limit).map(AuditService::toWire).toList();
            return Outcome.of(new AuditResult(page, hasMore));
        });
    }

    /** The whole trail as CSV in trail order, for overseers; the export itself is recorded. */
    public CompletableFuture<String> exportCsv(Principal who) {
        if (!Permissions.allowsOrgWide(ListAudit.class, who.role())) {
            return db.write(h -> {
                audit.append(h, new AuditEntry(who.userId(), who.role().wireName(), "refused.audit.export", null, null, "csv", true));
                return null;
            }).thenApply(recorded -> {
                throw new Refused(ErrorCode.FORBIDDEN);
            });
        }
        return db.write(h -> {
            audit.append(h, AuditEntry.done(who.userId(), who.role().wireName(), "audit.exported", null, null, "csv"));
            List<AuditView> rows = new java.util.ArrayList<>(Daos.of(h, AuditDao.class).page(Long.MAX_VALUE, null, null, Integer.MAX_VALUE));
            java.util.Collections.reverse(rows); // the page is newest first; the export reads in trail order
            return rows;
        }).thenApply(AuditService::toCsv);
    }

    static String toCsv(List<AuditView> rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (AuditView r : rows) {
            csv.append(r.id()).append(',').append(Instant.ofEpochMilli(r.at())).append(',')
                    .append(cell(r.actorId())).append(',').append(cell(r.actorHandle())).append(',')
                    .append(cell(r.actorRole())).append(',').append(cell(r.action())).append(',')
                    .append(cell(r.targetUserId())).append(',').append(cell(r.targetHandle())).append(',')
                    .append(cell(r.roomId())).append(',')
                    .append(cell(r.detail())).append(',').append(cell(r.outcome())).append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static AuditRecord toWire(AuditView r) {
        return new AuditRecord(r.id(), Instant.ofEpochMilli(r.at()), r.actorId(), r.actorHandle(), r.actorRole(), r.action(),
                r.targetUserId(), r.targetHandle(), r.roomId(), r.detail(), r.outcome());
    }
}
