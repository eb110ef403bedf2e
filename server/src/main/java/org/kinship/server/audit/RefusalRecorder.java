package org.kinship.server.audit;

import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.ProtocolJson;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Dispatcher;
import org.kinship.server.store.Db;

/** Writes one "refused" audit record per attempt at something the person's role does not allow. */
public final class RefusalRecorder implements Dispatcher.PrivilegeRefusals {
    private final Db db;
    private final AuditLog audit;

    public RefusalRecorder(Db db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public CompletionStage<?> record(Connection connection, ClientMessage request) {
        return db.write(h -> {
            audit.append(h, new AuditEntry(connection.userId(), connection.principal().role().wireName(),
                    "refused." + ProtocolJson.typeName(request.getClass()), null, roomIdOf(request), "", true));
            return null;
        });
    }

    /** The room a request names, if any, so refused attempts are filed under their room (and its log). */
    static Long roomIdOf(ClientMessage request) {
        for (var component : request.getClass().getRecordComponents()) {
            if (component.getName().equals("roomId")) {
                try {
                    return component.getAccessor().invoke(request) instanceof Long id ? id : null; // long arrives boxed
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
