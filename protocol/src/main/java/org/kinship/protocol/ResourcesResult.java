package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListResources} and {@link SetResources}. */
public record ResourcesResult(
        List<Resource> resources // crisis lines first, then in the admins' order
) implements Result {
}
