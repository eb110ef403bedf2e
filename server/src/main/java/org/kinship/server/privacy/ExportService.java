package org.kinship.server.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.auth.Principal;
import org.kinship.server.store.Db;
import org.kinship.server.store.PersonalDataQueries;

/**
 * A person's own copy of everything Kinship holds about them, as JSON: account, staff-only details about
 * them, memberships, sanctions on them, every message they wrote (in rooms and private conversations),
 * check-ins, recovery date, blocks, reports they made, support alerts they raised, and sign-ins. Only what
 * they wrote or what is about them: never another person's messages, the staff's notes on alerts, who
 * reported or sanctioned them, or token hashes. The download itself is written to the audit trail.
 */
public final class ExportService {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;

    public ExportService(Db db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The export as UTF-8 JSON bytes; read and recorded in one write, so the record and the copy agree. */
    public CompletableFuture<byte[]> export(Principal who) {
        return db.write(h -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("exportedAt", clock.instant().toString());
            out.put("about", List.of(
                    "Everything Kinship holds about you: your account, the staff-only details about you, your room"
                            + " memberships, sanctions on you, every message you wrote, your check-ins, recovery date,"
                            + " blocks, reports you made, support requests and sign-ins.",
                    "Only messages you wrote are included, not other people's replies: those are theirs."));
            out.put("account", PersonalDataQueries.account(h, who.userId()));
            out.putAll(PersonalDataQueries.sectionsOf(h, who.userId()));
            audit.append(h, AuditEntry.done(who.userId(), who.role().wireName(), "export.downloaded", who.userId(), null, ""));
            return out;
        }).thenApply(ExportService::toJson);
    }

    private static byte[] toJson(Map<String, Object> export) {
        try {
            return JSON.writeValueAsBytes(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
