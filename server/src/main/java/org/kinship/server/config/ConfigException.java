package org.kinship.server.config;

/** A configuration value that cannot be used; the message starts with the option's name. */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String problem) {
        super(key + " " + problem);
        this.key = key;
    }

    /** The option, e.g. {@code --port}. */
    public String key() {
        return key;
    }
}
