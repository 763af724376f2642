package dev.kiln.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precedence: overrides > --arguments > system properties > environment > application.yaml.
 * The environment variables come from the surefire configuration in this module's pom.
 */
class KilnConfigTest {

    @AfterEach
    void clearSystemProperty() {
        System.clearProperty("kiln.test.shared");
    }

    @Test
    void eachSourceIsRead() {
        KilnConfig config = KilnConfig.load();
        assertEquals(Optional.of("yaml"), config.get("kiln.test.from-yaml"));
        assertEquals(Optional.of("env"), config.get("kiln.test.from-env"));
        assertEquals(Optional.empty(), config.get("kiln.test.absent"));
        assertEquals("fallback", config.get("kiln.test.absent", "fallback"));
    }

    @Test
    void precedenceIsOverridesArgumentsSystemEnvironmentYaml() {
        assertEquals("env", KilnConfig.load().get("kiln.test.shared").orElseThrow());
        System.setProperty("kiln.test.shared", "sys");
        assertEquals("sys", KilnConfig.load().get("kiln.test.shared").orElseThrow());
        assertEquals("arg", KilnConfig.load("--kiln.test.shared=arg").get("kiln.test.shared").orElseThrow());
        assertEquals("override", KilnConfig.load(Map.of("kiln.test.shared", "override"), "--kiln.test.shared=arg")
                .get("kiln.test.shared").orElseThrow());
    }

    @Test
    void environmentNamesMapToDottedKeysWithDashes() {
        // KILN_TEST_MAX_DASH_SIZE=7MB beats application.yaml's kiln.test.max-size: 1KB
        assertEquals(7L << 20, KilnConfig.load().getBytes("kiln.test.max-size", 0));
        assertEquals("SERVER_MAX_DASH_PAYLOAD_DASH_SIZE", KilnConfig.environmentName("server.max-payload-size"));
    }

    @Test
    void argumentsOtherThanKeyValueAreIgnored() {
        KilnConfig config = KilnConfig.load("positional", "-x", "--", "--kiln.test.flag", "--kiln.test.eq=a=b");
        assertEquals("true", config.get("kiln.test.flag").orElseThrow());
        assertEquals("a=b", config.get("kiln.test.eq").orElseThrow());
    }

    @Test
    void ofReadsOnlyTheGivenValues() {
        KilnConfig config = KilnConfig.of(Map.of("server.port", "0"));
        assertEquals(0, config.getInt("server.port", 8080));
        assertEquals(Optional.empty(), config.get("kiln.test.from-env"));
        assertEquals(Optional.empty(), config.get("kiln.test.from-yaml"));
    }

    @ParameterizedTest
    @CsvSource({"PT10S,10000", "10s,10000", "500ms,500", "2m,120000", "1h,3600000", "1d,86400000", "PT0.25S,250", "0s,0"})
    void durations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), KilnConfig.of(Map.of("d", text)).getDuration("d", Duration.ZERO));
    }

    @ParameterizedTest
    @CsvSource({"1024,1024", "512B,512", "64KB,65536", "5MB,5242880", "5mb,5242880", "2 MiB,2097152", "1G,1073741824"})
    void sizes(String text, long bytes) {
        assertEquals(bytes, KilnConfig.of(Map.of("s", text)).getBytes("s", 0));
    }

    @Test
    void badValuesNameTheKey() {
        KilnConfig config = KilnConfig.of(Map.of("server.port", "eighty", "t", "10", "s", "5XB", "b", "yes"));
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> config.getInt("server.port", 0));
        assertTrue(port.getMessage().startsWith("Configuration 'server.port' must be an integer"), port.getMessage());
        assertTrue(port.getMessage().contains("SERVER_PORT"), port.getMessage());
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class,
                () -> config.getDuration("t", Duration.ZERO));
        assertTrue(duration.getMessage().contains("'t' must be a duration with a unit"), duration.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.getBytes("s", 0));
        assertThrows(IllegalArgumentException.class, () -> config.getBoolean("b", false));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> config.require("kiln.x.uri"));
        assertTrue(missing.getMessage().contains("'kiln.x.uri'"), missing.getMessage());
    }

    @Test
    void environmentVariablesNameChildrenToo() {
        // KILN_TEST_FROM_ENV, KILN_TEST_SHARED and KILN_TEST_MAX_DASH_SIZE come from the surefire configuration.
        List<String> names = KilnConfig.load().childNames("kiln.test");
        assertTrue(names.containsAll(List.of("from", "shared", "max-size", "from-yaml", "methods")), names.toString());
        assertEquals(Optional.of("env"), KilnConfig.load().get("kiln.test.from.env"));
    }

    @Test
    void yamlValuesAreTyped() {
        KilnConfig config = KilnConfig.load();
        assertEquals(Duration.ofMillis(250), config.getDuration("kiln.test.timeout", Duration.ZERO));
        assertEquals(true, config.getBoolean("kiln.test.absent", true));
        assertEquals(List.of("GET", "POST"), config.getList("kiln.test.methods"));
    }

    @Test
    void yamlScalarsKeepTheirTextAndNullsAreAbsent() {
        KilnConfig config = KilnConfig.ofYaml("""
                a:
                  date: 2024-01-31
                  flag: yes
                  number: 0x1F
                  nothing: ~
                  quoted: " spaced "
                  users:
                    alice: {roles: [admin]}
                    bob:
                      roles: [user]
                """);
        assertEquals(Optional.of("2024-01-31"), config.get("a.date"));
        assertEquals(Optional.of("yes"), config.get("a.flag"));
        assertEquals(Optional.of("0x1F"), config.get("a.number"));
        assertEquals(Optional.empty(), config.get("a.nothing"));
        assertEquals(Optional.of(" spaced "), config.get("a.quoted"));
        assertEquals(List.of("alice", "bob"), config.childNames("a.users"));
        assertEquals(List.of("admin"), config.getList("a.users.alice.roles"));
        assertEquals(List.of(), config.childNames("a.date"));
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> KilnConfig.ofYaml("a: [b"));
        assertTrue(bad.getMessage().startsWith("the YAML given is not valid YAML"), bad.getMessage());
    }

    @Test
    void listsAreYamlListsOrCommaSeparatedValues() {
        assertEquals(List.of("GET", "POST"), KilnConfig.load().getList("kiln.test.methods"));
        assertEquals(List.of("https://a.example", "https://b.example"),
                KilnConfig.of(Map.of("origins", " https://a.example, ,https://b.example ")).getList("origins"));
        assertEquals(List.of(), KilnConfig.of(Map.of()).getList("origins"));
    }
}
