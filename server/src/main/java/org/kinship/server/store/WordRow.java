package org.kinship.server.store;

/** One word-list entry: the word and 'block' or 'flag'. */
public record WordRow(String word, String action) {
}
