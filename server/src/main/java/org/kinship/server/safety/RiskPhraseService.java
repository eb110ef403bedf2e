package org.kinship.server.safety;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListRiskPhrases;
import org.kinship.protocol.RiskPhrasesResult;
import org.kinship.protocol.SetRiskPhrases;
import org.kinship.protocol.WordAction;
import org.kinship.protocol.WordRule;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.moderation.WordFilter;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.SafetyDao;

/**
 * Risk phrases the organisation configures. A message that matches is delivered as normal and never
 * punished; its sender privately gets the crisis lines and the leaders get an alert. Matching is the
 * word list's (whole words, ignoring case), so it lives in a {@link WordFilter} of its own.
 */
public final class RiskPhraseService {
    public static final int MAX_PHRASES = 200;
    public static final int MAX_PHRASE_CHARS = 100;

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;
    private final WordFilter matcher = new WordFilter();

    public RiskPhraseService(Db db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public void load() {
        install(db.readNow(h -> Daos.of(h, SafetyDao.class).riskPhrases()));
    }

    /** The phrase a text matches, if any. */
    public Optional<String> match(String text) {
        return matcher.firstHit(text).map(WordRule::word);
    }

    public CompletionStage<Outcome> list(Connection c, ListRiskPhrases request) {
        return CompletableFuture.completedFuture(Outcome.of(new RiskPhrasesResult(phrases())));
    }

    public CompletionStage<Outcome> set(Connection c, SetRiskPhrases request) {
        List<String> phrases = check(request.phrases());
        return db.write(h -> {
            SafetyDao safety = Daos.of(h, SafetyDao.class);
            safety.deleteRiskPhrases();
            phrases.forEach(p -> safety.insertRiskPhrase(p, c.userId(), clock.millis()));
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "risks.set", null, null,
                    "phrases=" + phrases.size()));
            return phrases;
        }, this::install).thenApply(p -> Outcome.of(new RiskPhrasesResult(phrases())));
    }

    private void install(List<String> phrases) {
        matcher.replace(phrases.stream().map(p -> new WordRule(p, WordAction.FLAG)).toList());
    }

    private List<String> phrases() {
        return matcher.rules().stream().map(WordRule::word).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static List<String> check(List<String> phrases) {
        if (phrases.size() > MAX_PHRASES) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "At most " + MAX_PHRASES + " phrases.");
        }
        Set<String> seen = new HashSet<>();
        List<String> trimmed = phrases.stream().map(String::strip).toList();
        for (String phrase : trimmed) {
            if (phrase.isEmpty() || phrase.length() > MAX_PHRASE_CHARS || !seen.add(phrase.toLowerCase(java.util.Locale.ROOT))) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "Each phrase is 1 to " + MAX_PHRASE_CHARS + " characters and appears once.");
            }
        }
        return trimmed;
    }
}
