package org.kinship.server.safety;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListResources;
import org.kinship.protocol.Resource;
import org.kinship.protocol.ResourceCategory;
import org.kinship.protocol.ResourcesResult;
import org.kinship.protocol.SetResources;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.SafetyDao;

/** The organisation's resource directory: crisis lines, treatment, housing, work, harm reduction. */
public final class ResourceService {
    public static final int MAX_RESOURCES = 200;

    private final Db db;
    private final AuditLog audit;

    public ResourceService(Db db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public CompletionStage<Outcome> list(Connection c, ListResources request) {
        return db.read(ResourceService::all).thenApply(r -> Outcome.of(new ResourcesResult(r)));
    }

    public CompletionStage<Outcome> set(Connection c, SetResources request) {
        List<Resource> entries = check(request.resources());
        return db.write(h -> {
            SafetyDao safety = Daos.of(h, SafetyDao.class);
            safety.deleteResources();
            for (int i = 0; i < entries.size(); i++) {
                Resource r = entries.get(i);
                safety.insertResource(r.category().wireName(), r.name(), r.phone(), r.textNumber(), r.url(), r.description(), i);
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "resources.set", null, null,
                    "entries=" + entries.size()));
            return all(h);
        }).thenApply(r -> Outcome.of(new ResourcesResult(r)));
    }

    /** The directory, crisis lines first. */
    public static List<Resource> all(Handle h) {
        return Daos.of(h, SafetyDao.class).resources().stream()
                .map(r -> new Resource(ResourceCategory.fromWireName(r.category()), r.name(), r.phone(), r.textNumber(), r.url(),
                        r.description()))
                .toList();
    }

    /** Only the crisis lines, to show at once when someone needs support. */
    public static List<Resource> crisisLines(Handle h) {
        return all(h).stream().filter(r -> r.category() == ResourceCategory.CRISIS).toList();
    }

    private static List<Resource> check(List<Resource> entries) {
        if (entries.size() > MAX_RESOURCES) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "The directory holds at most " + MAX_RESOURCES + " entries.");
        }
        return entries.stream().map(r -> {
            String name = r.name().strip();
            String url = blankIfNull(r.url());
            if (name.isEmpty() || name.length() > 120 || blankIfNull(r.description()).length() > 500
                    || (!url.isEmpty() && !url.startsWith("https://")) || blankIfNull(r.phone()).length() > 40
                    || blankIfNull(r.textNumber()).length() > 40) {
                throw new Refused(ErrorCode.INVALID_REQUEST,
                        "Each entry needs a name (up to 120 characters); links start with https://; descriptions are up to 500.");
            }
            return new Resource(r.category(), name, blankIfNull(r.phone()), blankIfNull(r.textNumber()), url,
                    blankIfNull(r.description()));
        }).toList();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
