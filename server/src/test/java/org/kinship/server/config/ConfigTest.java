package org.kinship.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConfigTest {
    private static ServerConfig parse(String... args) {
        CommandLineOptions options = new CommandLineOptions();
        new CommandLine(options).parseArgs(args);
        return options.toConfig();
    }

    @Test
    void defaultsAreSensible() {
        ServerConfig config = parse();
        assertEquals(8080, config.port());
        assertEquals("127.0.0.1", config.bind());
        assertTrue(config.databaseFile().endsWith("data/kinship.db"));
        assertEquals(java.util.List.of("http://localhost:8080", "http://127.0.0.1:8080"), config.allowedOrigins());
        assertEquals(CommandLineOptions.DEFAULT_BCRYPT_COST, config.bcryptCost());
    }

    @Test
    void originsFollowThePortUnlessGiven() {
        assertEquals(java.util.List.of("http://localhost:9000", "http://127.0.0.1:9000"), parse("--port", "9000").allowedOrigins());
        assertEquals(java.util.List.of("https://chat.example.org", "https://peer.example.org"),
                parse("--origins", "https://chat.example.org, https://peer.example.org").allowedOrigins());
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertEquals("--port", assertThrows(ConfigException.class, () -> parse("--port", "70000")).key());
        assertEquals("--bcrypt-cost", assertThrows(ConfigException.class, () -> parse("--bcrypt-cost", "3")).key());
        assertEquals("--origins", assertThrows(ConfigException.class, () -> parse("--origins", "chat.example.org")).key());
        assertEquals("--origins", assertThrows(ConfigException.class, () -> parse("--origins", "https://x.org/path")).key());
        assertEquals("--session-days", assertThrows(ConfigException.class, () -> parse("--session-days", "0")).key());
        CommandLine.ParameterException notANumber = assertThrows(CommandLine.ParameterException.class, () -> parse("--port", "eighty"));
        assertTrue(notANumber.getMessage().contains("--port"), notANumber.getMessage());
    }

    @Test
    void helpListsEveryOption() {
        String usage = new CommandLine(new CommandLineOptions()).getUsageMessage();
        for (String option : new String[] {"--port", "--bind", "--data", "--origins", "--bcrypt-cost", "--session-days",
                "KINSHIP_PORT", "KINSHIP_DATA"}) {
            assertTrue(usage.contains(option), option);
        }
    }
}
