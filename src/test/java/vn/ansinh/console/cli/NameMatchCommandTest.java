package vn.ansinh.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class NameMatchCommandTest {

    @Test
    void printsBothNormalFormsTheScoreAndTheVerdict() {
        // Proves that "name match" prints the normal forms, score 1 and EXACT for the same name written two ways.
        CliRun run = CliRun.of(new NameMatchCommand(), "Nguyễn Thị Đào", "NGUYEN  thi dao");
        assertEquals(0, run.exitCode());
        JsonNode json = run.json();
        assertEquals("NGUYEN THI DAO", json.get("normalizedA").asText());
        assertEquals("NGUYEN THI DAO", json.get("normalizedB").asText());
        assertEquals(1.0, json.get("score").asDouble());
        assertEquals("EXACT", json.get("verdict").asText());
    }

    @Test
    void differentNamesMismatch() {
        // Proves that the command reports MISMATCH with a score below the review threshold for different people.
        JsonNode json = CliRun.of(new NameMatchCommand.Group(), "match", "Nguyễn Văn An", "Phạm Thị Hồng").json();
        assertEquals("MISMATCH", json.get("verdict").asText());
    }
}
