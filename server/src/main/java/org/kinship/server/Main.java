package org.kinship.server;

import java.time.Clock;
import org.kinship.server.config.CommandLineOptions;
import org.kinship.server.config.ConfigException;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.store.Daos;
import org.kinship.server.store.AuditDao;
import org.kinship.server.store.Backup;
import org.kinship.server.store.Database;
import org.kinship.server.store.Db;
import org.kinship.server.store.StoreException;
import picocli.CommandLine;

/** Parses the command line, starts Kinship, and stops it gracefully on SIGTERM or Ctrl+C. */
public final class Main {
    private Main() {
    }

    /** Writes and checks a backup; exit status 0 when the copy is good. */
    static int backup(ServerConfig config, java.nio.file.Path target) {
        try {
            Backup.Result result = Backup.copy(config.databaseFile(), target);
            System.out.println((result.ok() ? "Backup written and checked: " : "Backup written but its check FAILED: ")
                    + result.file() + " (" + result.bytes() + " bytes, integrity " + result.integrity() + ")");
            return result.ok() ? 0 : 4;
        } catch (StoreException e) {
            System.err.println("kinship: " + e.getMessage());
            return 1;
        }
    }

    /** Prints whether the audit chain is intact; exit status 0 when it is, 3 when a record was changed. */
    static int verifyAudit(ServerConfig config) {
        try (Db db = new Db(Database.open(config.databaseFile()))) {
            AuditLog.Verification result = AuditLog.verify(db.readNow(h -> Daos.of(h, AuditDao.class).all()));
            if (result.intact()) {
                System.out.println("Audit trail intact: " + result.records() + " records, every hash matches.");
                return 0;
            }
            System.out.println("Audit trail BROKEN at record " + result.firstBrokenId() + " (of " + result.records()
                    + "): it or the record before it was changed after it was written.");
            return 3;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLineOptions options = new CommandLineOptions();
        CommandLine commandLine = new CommandLine(options);
        ServerConfig config;
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(System.out);
                return;
            }
            if (commandLine.isVersionHelpRequested()) {
                commandLine.printVersionHelp(System.out);
                return;
            }
            config = options.toConfig();
        } catch (CommandLine.ParameterException | ConfigException e) {
            System.err.println("kinship: " + e.getMessage());
            System.err.println("Run with --help to see every option.");
            System.exit(2);
            return;
        }
        if (options.backupTo() != null) {
            System.exit(backup(config, options.backupTo()));
            return;
        }
        if (options.verifyAudit()) {
            System.exit(verifyAudit(config));
            return;
        }
        Kinship kinship;
        try {
            kinship = Kinship.start(config, Clock.systemUTC());
        } catch (StoreException e) {
            System.err.println("kinship: cannot use the database " + config.databaseFile() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(kinship::close, "shutdown"));
        System.out.println("Kinship is running on " + (config.tls() == null ? "http" : "https") + "://" + config.bind() + ":"
                + kinship.port() + "/ (data in "
                + config.dataDir().toAbsolutePath() + ")");
        if (kinship.setupCode() != null) {
            System.out.println();
            System.out.println("  First start: no accounts yet. Open the page above and choose \"Set up Kinship\"");
            System.out.println("  with this one-time setup code to create the first admin:");
            System.out.println();
            System.out.println("      " + kinship.setupCode());
            System.out.println();
            System.out.println("  (A restart before setup prints a new code; the code works only until setup is done.)");
        }
    }
}
