package org.kinship.protocol;

import java.util.List;

/**
 * Sent only to a person whose message matched a risk phrase: the message went out as normal, nothing
 * is held against them, and here is where help is.
 */
public record SupportOffered(
        List<Resource> crisisLines // crisis resources from the directory
) implements ServerMessage {
}
