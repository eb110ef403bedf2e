package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListRiskPhrases} and {@link SetRiskPhrases}. */
public record RiskPhrasesResult(
        List<String> phrases // sorted
) implements Result {
}
