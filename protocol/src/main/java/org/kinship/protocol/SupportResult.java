package org.kinship.protocol;

import java.util.List;

/** Reply to {@link RequestSupport}: the alert, and the crisis lines to show at once. */
public record SupportResult(
        SupportAlert alert,          // the open alert
        List<Resource> crisisLines   // crisis resources from the directory
) implements Result {
}
