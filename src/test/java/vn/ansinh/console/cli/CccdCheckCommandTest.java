package vn.ansinh.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CccdCheckCommandTest {

    @Test
    void aValidCccdPrintsWhatItEncodesAndExitsZero() {
        // Proves that a valid CCCD with agreeing details exits 0 and prints masked JSON with province and gender.
        CliRun run = CliRun.of(new CccdCheckCommand(), "079090001234", "--dob", "1990-03-15", "--gender", "M");
        assertEquals(0, run.exitCode(), run.errors());
        JsonNode json = run.json();
        assertTrue(json.get("valid").asBoolean());
        assertEquals("079******234", json.get("cccd").asText());
        assertEquals("Hồ Chí Minh", json.get("province").get("name").asText());
        assertEquals("MALE", json.get("gender").asText());
        assertEquals("1900–1999", json.get("century").asText());
        assertFalse(run.output().contains("079090001234"));
    }

    @Test
    void disagreeingDetailsExitOneWithDefects() {
        // Proves that a gender and birth year contradicting the number exit 1 listing both defects.
        CliRun run = CliRun.of(new CccdCheckCommand(), "079090001234", "--dob", "1991-03-15", "--gender", "F");
        assertEquals(1, run.exitCode());
        assertEquals("[\"CCCD_CENTURY_GENDER\",\"CCCD_BIRTH_YEAR\"]", run.json().get("defects").toString());
    }

    @Test
    void aBadOptionIsAUsageError() {
        // Proves that an unreadable --dob is a usage error (exit 2), not a verdict on the CCCD.
        assertEquals(2, CliRun.of(new CccdCheckCommand(), "079090001234", "--dob", "15/03/1990").exitCode());
    }

    @Test
    void theGroupOffersCheck() {
        // Proves that the group the lead registers runs "cccd check".
        assertEquals(1, CliRun.of(new CccdCheckCommand.Group(), "check", "12345").exitCode());
    }
}
