package org.kinship.server.moderation;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListWords;
import org.kinship.protocol.SetWords;
import org.kinship.protocol.WordAction;
import org.kinship.protocol.WordRule;
import org.kinship.protocol.WordsResult;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.WordDao;

/** The organisation's word list: read by staff, replaced whole by admins, loaded into the filter at start-up. */
public final class WordService {
    public static final int MAX_RULES = 500;
    public static final int MAX_WORD_CHARS = 64;

    private final Db db;
    private final WordFilter filter;
    private final AuditLog audit;
    private final Clock clock;

    public WordService(Db db, WordFilter filter, AuditLog audit, Clock clock) {
        this.db = db;
        this.filter = filter;
        this.audit = audit;
        this.clock = clock;
    }

    public void load() {
        filter.replace(db.readNow(h -> Daos.of(h, WordDao.class).all()).stream()
                .map(w -> new WordRule(w.word(), WordAction.fromWireName(w.action()))).toList());
    }

    public CompletionStage<Outcome> list(Connection c, ListWords request) {
        return java.util.concurrent.CompletableFuture.completedFuture(Outcome.of(new WordsResult(filter.rules())));
    }

    public CompletionStage<Outcome> set(Connection c, SetWords request) {
        List<WordRule> rules = check(request.rules());
        return db.write(h -> {
            WordDao words = Daos.of(h, WordDao.class);
            words.deleteAll();
            rules.forEach(r -> words.insert(r.word(), r.action().wireName(), c.userId(), clock.millis()));
            // The words themselves are policy, not personal data, but the trail only needs the counts.
            long blocking = rules.stream().filter(r -> r.action() == WordAction.BLOCK).count();
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "words.set", null, null,
                    "rules=" + rules.size() + " block=" + blocking + " flag=" + (rules.size() - blocking)));
            return rules;
        }, filter::replace).thenApply(r -> Outcome.of(new WordsResult(filter.rules())));
    }

    private static List<WordRule> check(List<WordRule> rules) {
        if (rules.size() > MAX_RULES) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "The word list holds at most " + MAX_RULES + " entries.");
        }
        Set<String> seen = new HashSet<>();
        List<WordRule> trimmed = rules.stream().map(r -> new WordRule(r.word().strip(), r.action())).toList();
        for (WordRule rule : trimmed) {
            if (rule.word().isEmpty() || rule.word().length() > MAX_WORD_CHARS || !seen.add(rule.word().toLowerCase(java.util.Locale.ROOT))) {
                throw new Refused(ErrorCode.INVALID_REQUEST,
                        "Each word is 1 to " + MAX_WORD_CHARS + " characters and appears once.");
            }
        }
        return trimmed.stream().sorted(java.util.Comparator.comparing(r -> r.word().toLowerCase(java.util.Locale.ROOT))).toList();
    }
}
