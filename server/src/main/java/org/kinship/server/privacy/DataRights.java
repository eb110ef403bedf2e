package org.kinship.server.privacy;

/** The data-rights services the HTTP API needs, handed to it as one. */
public record DataRights(ExportService export, ErasureService erasure, PrivacyNotice privacy) {
}
