package org.kinship.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbered schema migrations, applied in order at start-up, each in its own transaction.
 * {@code PRAGMA user_version} records how far a file has come. A file newer than this
 * server (a downgrade) is refused rather than guessed at.
 */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** In order; version N is the Nth entry. Append only: never edit a released migration. */
    static final List<String> FILES = List.of(
            "V001__initial_schema.sql",
            "V002__moderation.sql",
            "V003__room_settings.sql",
            "V004__invite_revocation.sql",
            "V005__session_activity.sql",
            "V006__password_resets.sql",
            "V007__safety_net.sql",
            "V008__coaching.sql",
            "V009__data_rights.sql",
            "V010__changes_index.sql",
            "V011__client_key_first.sql");

    private Migrations() {
    }

    static void migrate(Handle handle) {
        int current = handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
        if (current > FILES.size()) {
            throw new StoreException("database schema version " + current
                    + " is newer than this server knows (" + FILES.size() + "); refusing to start");
        }
        for (int version = current + 1; version <= FILES.size(); version++) {
            apply(handle, version, FILES.get(version - 1));
        }
    }

    private static void apply(Handle handle, int version, String name) {
        String sql = load(name);
        try {
            handle.useTransaction(h -> {
                // Jdbi's script parser keeps a trigger's BEGIN ... END block whole.
                h.createScript(sql).execute();
                h.execute("PRAGMA user_version = " + version);
            });
            log.info("Applied schema migration {}", name);
        } catch (RuntimeException e) {
            throw new StoreException("migration " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new StoreException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }
}
