package org.kinship.server.moderation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kinship.protocol.WordAction;
import org.kinship.protocol.WordRule;

/**
 * The organisation's word list, compiled once and swapped whole when an admin replaces it, so every
 * send checks against one consistent list without touching the database. Words match whole and
 * ignoring case ("pill" does not match "spill"); a block rule wins over a flag rule.
 */
public final class WordFilter {
    private record Compiled(WordRule rule, Pattern pattern) {
    }

    private volatile List<Compiled> rules = List.of();

    public void replace(List<WordRule> newRules) {
        rules = newRules.stream()
                .map(r -> new Compiled(r, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(r.word()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    /** The rule a text hits, blocking rules first; empty when the text is fine. */
    public Optional<WordRule> firstHit(String text) {
        List<Compiled> current = rules;
        Optional<WordRule> block = current.stream().filter(c -> c.rule().action() == WordAction.BLOCK)
                .filter(c -> c.pattern().matcher(text).find()).map(Compiled::rule).findFirst();
        if (block.isPresent()) {
            return block;
        }
        return current.stream().filter(c -> c.pattern().matcher(text).find()).map(Compiled::rule).findFirst();
    }

    public List<WordRule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }
}
