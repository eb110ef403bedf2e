package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListWords} and {@link SetWords}. */
public record WordsResult(
        List<WordRule> rules // the whole list, by word
) implements Result {
}
