package org.kinship.server.coaching;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.Caseload;
import org.kinship.protocol.CaseloadEntry;
import org.kinship.protocol.CoachRequest;
import org.kinship.protocol.Coaching;
import org.kinship.protocol.CoachingResult;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.store.AssignmentRow;
import org.kinship.server.store.CaseloadRow;
import org.kinship.server.store.CoachRequestRow;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationRow;
import org.kinship.server.store.Daos;

/** A participant's coaching, a coach's caseload and the request queue, as they go on the wire. */
public final class CoachingViews {
    private CoachingViews() {
    }

    public static CoachingResult coachingResult(Handle h, long participantId) {
        CoachingDao coaching = Daos.of(h, CoachingDao.class);
        Optional<AssignmentRow> current = coaching.current(participantId);
        Long conversationId = Daos.of(h, ConversationDao.class).coachingOf(participantId).map(ConversationRow::id).orElse(null);
        Instant requestedAt = coaching.requestedAt(participantId).map(Instant::ofEpochMilli).orElse(null);
        Coaching view = current.map(a -> new Coaching(a.coachId(), a.coachHandle(), Instant.ofEpochMilli(a.startedAt()),
                        conversationId, a.startSeq() > 0, a.historyShared(), requestedAt))
                .orElse(new Coaching(null, null, null, conversationId, false, false, requestedAt));
        return new CoachingResult(participantId, view);
    }

    /** A coach's caseload as they see it at {@code now}: who has gone quiet first, then by handle. */
    static Caseload caseload(Handle h, long coachId, long now) {
        long quietAfter = Duration.ofDays(OrgSettingsService.current(h).quietAfterDays()).toMillis();
        List<CaseloadEntry> entries = Daos.of(h, CoachingDao.class).caseload(coachId).stream()
                .map(row -> toEntry(row, now - lastHeardFrom(row) >= quietAfter))
                .sorted(Comparator.comparing(CaseloadEntry::quiet).reversed())
                .toList();
        return new Caseload(coachId, capacity(h, coachId), entries);
    }

    /** How many participants a coach takes on: their own limit, else the organisation's. */
    static int capacity(Handle h, long coachId) {
        return Daos.of(h, CoachingDao.class).ownCapacity(coachId).orElse(OrgSettingsService.current(h).coachCapacity());
    }

    static List<CoachRequest> queue(Handle h) {
        return Daos.of(h, CoachingDao.class).queue().stream().map(CoachingViews::toWire).toList();
    }

    /** When the participant last checked in or wrote to this coach; their start with the coach if never. */
    private static long lastHeardFrom(CaseloadRow row) {
        long last = row.startedAt();
        if (row.lastWrittenAt() != null) {
            last = Math.max(last, row.lastWrittenAt());
        }
        if (row.lastCheckinAt() != null) {
            last = Math.max(last, row.lastCheckinAt());
        }
        return last;
    }

    private static CaseloadEntry toEntry(CaseloadRow row, boolean quiet) {
        return new CaseloadEntry(row.participantId(), row.handle(), Instant.ofEpochMilli(row.startedAt()), row.conversationId(),
                row.unread(), instant(row.lastContactAt()), instant(row.lastCheckinAt()), quiet);
    }

    private static CoachRequest toWire(CoachRequestRow row) {
        return new CoachRequest(row.participantId(), row.handle(), row.note(), Instant.ofEpochMilli(row.requestedAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
