package org.kinship.protocol.http;

import java.util.List;

/** Reply of {@code GET /api/privacy}: who can read what, in plain words, from the organisation's settings. */
public record PrivacyNoticeResponse(
        List<String> paragraphs // one plain-language paragraph each, in reading order; shown as text, never as HTML
) {
}
