package org.kinship.server.store;

/** One resource directory entry. */
public record ResourceRow(long id, String category, String name, String phone, String textNumber, String url,
                          String description, int position) {
}
