package org.kinship.server.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.AcceptGuidelines;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.PinMessage;
import org.kinship.protocol.RoomResult;
import org.kinship.protocol.RoomUpdated;
import org.kinship.protocol.UpdateRoom;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;

/** How a room is run: name, topic, guidelines, open or closed, lock, slow mode, archive, and pins. */
public final class RoomSettingsService {
    public static final int MAX_GUIDELINES_CHARS = 4_000;
    public static final int MAX_SLOW_MODE_SECONDS = 3_600;
    /** A room's own retention, in days; the same bound as the organisation's. */
    public static final int MAX_RETENTION_DAYS = 36_500;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public RoomSettingsService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    /** What changed and how the room now stands, for the event after the commit. */
    private record Changed(RoomRow room, List<Long> pins, boolean anything) {
    }

    /** Merges the given fields onto the room; changed guidelines get a new version that members accept again. */
    public CompletionStage<Outcome> update(Connection c, UpdateRoom request) {
        checkUpdate(request);
        return db.write(h -> {
            RoomAccess.require(h, UpdateRoom.class, c.principal(), request.roomId());
            RoomDao rooms = Daos.of(h, RoomDao.class);
            RoomRow now = rooms.find(request.roomId(), c.userId()).orElseThrow();
            List<String> changes = new ArrayList<>();
            String name = pick(request.name() == null ? null : request.name().strip(), now.name(), "name", changes);
            String topic = pick(request.topic() == null ? null : request.topic().strip(), now.topic(), "topic", changes);
            String guidelines = pick(request.guidelines() == null ? null : request.guidelines().strip(), now.guidelines(),
                    "guidelines", changes);
            boolean newGuidelines = !guidelines.equals(now.guidelines()) && !guidelines.isEmpty();
            int version = newGuidelines ? now.guidelinesVersion() + 1 : now.guidelinesVersion();
            String visibility = pick(request.visibility() == null ? null : request.visibility().wireName(), now.visibility(),
                    "visibility", changes);
            boolean locked = pick(request.locked(), now.locked(), "locked", changes);
            int slow = pick(request.slowModeSeconds(), now.slowModeSeconds(), "slowModeSeconds", changes);
            boolean archived = pick(request.archived(), now.archived(), "archived", changes);
            String unattended = pick(request.unattended() == null ? null : request.unattended().wireName(), now.unattended(),
                    "unattended", changes);
            // 0 asks for the organisation's default, stored as NULL; pick cannot tell "absent" from NULL, so map by hand.
            Integer retention = request.retentionDays() == null ? now.retentionDays()
                    : request.retentionDays() == 0 ? null : request.retentionDays();
            if (!java.util.Objects.equals(retention, now.retentionDays())) {
                changes.add("retentionDays");
            }
            Long archivedAt = archived ? (now.archivedAt() != null ? now.archivedAt() : clock.millis()) : null;
            if (!changes.isEmpty()) {
                rooms.updateSettings(name, topic, guidelines, version, visibility, locked, slow, archivedAt, unattended, retention,
                        request.roomId());
                audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "room.updated", null,
                        request.roomId(), "changed: " + String.join(", ", changes)));
            }
            return new Changed(rooms.find(request.roomId(), c.userId()).orElseThrow(),
                    Daos.of(h, MessageDao.class).pinsOf(request.roomId()), !changes.isEmpty());
        }, changed -> {
            if (changed.anything()) {
                announce(changed);
            }
        }).thenApply(changed -> Outcome.of(new RoomResult(RoomViews.personal(changed.room(), changed.pins(), null, null))));
    }

    public CompletionStage<Outcome> pin(Connection c, PinMessage request) {
        return db.write(h -> {
            RoomAccess.require(h, PinMessage.class, c.principal(), request.roomId());
            MessageDao messages = Daos.of(h, MessageDao.class);
            messages.find(request.roomId(), request.seq()).filter(m -> m.deletedAt() == null || !request.pinned())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such message."));
            messages.setPinned(request.pinned() ? clock.millis() : null, request.roomId(), request.seq());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                    request.pinned() ? "message.pinned" : "message.unpinned", null, request.roomId(), "seq=" + request.seq()));
            return new Changed(Daos.of(h, RoomDao.class).find(request.roomId(), c.userId()).orElseThrow(),
                    messages.pinsOf(request.roomId()), true);
        }, this::announce).thenApply(changed -> Outcome.of(new RoomResult(RoomViews.personal(changed.room(), changed.pins(), null, null))));
    }

    /** A member accepts the guidelines version they were shown; an outdated version is refused so they read the new one. */
    public CompletionStage<Outcome> acceptGuidelines(Connection c, AcceptGuidelines request) {
        return db.write(h -> {
            RoomAccess.require(h, AcceptGuidelines.class, c.principal(), request.roomId());
            RoomRow room = Daos.of(h, RoomDao.class).find(request.roomId(), c.userId()).orElseThrow();
            if (request.version() != room.guidelinesVersion()) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "The guidelines changed; please read the current version.");
            }
            return Daos.of(h, RoomDao.class).acceptGuidelines(request.version(), request.roomId(), c.userId());
        }).thenApply(n -> Outcome.empty());
    }

    private void announce(Changed changed) {
        RoomRow room = changed.room();
        fanout.toEveryone(new RoomUpdated(room.id(), room.name(), room.topic(), RoomViews.settings(room, changed.pins())));
    }

    private static void checkUpdate(UpdateRoom request) {
        if (request.name() != null && (request.name().isBlank() || request.name().strip().length() > RoomService.MAX_NAME_CHARS)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A room name is 1 to " + RoomService.MAX_NAME_CHARS + " characters.");
        }
        if (request.topic() != null && request.topic().strip().length() > RoomService.MAX_TOPIC_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A topic is at most " + RoomService.MAX_TOPIC_CHARS + " characters.");
        }
        if (request.guidelines() != null && request.guidelines().strip().length() > MAX_GUIDELINES_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Guidelines are at most " + MAX_GUIDELINES_CHARS + " characters.");
        }
        Integer slow = request.slowModeSeconds();
        if (slow != null && (slow < 0 || slow > MAX_SLOW_MODE_SECONDS)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "slowModeSeconds is 0 to " + MAX_SLOW_MODE_SECONDS + ".");
        }
        Integer retention = request.retentionDays();
        if (retention != null && (retention < 0 || retention > MAX_RETENTION_DAYS)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "retentionDays is 1 to " + MAX_RETENTION_DAYS
                    + ", or 0 for the organisation's default.");
        }
    }

    /** The new value if one was given and differs (noting its name), else the current one. */
    private static <T> T pick(T given, T current, String field, List<String> changes) {
        if (given == null || given.equals(current)) {
            return current;
        }
        changes.add(field);
        return given;
    }
}
