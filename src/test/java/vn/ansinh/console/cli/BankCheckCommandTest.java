package vn.ansinh.console.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class BankCheckCommandTest {

    @Test
    void aKnownBankAndWellFormedAccountExitZero() {
        // Proves that a short code finds its bank with BIN and BIC, and the account is printed masked.
        CliRun run = CliRun.of(new BankCheckCommand(), "--bank", "vcb", "--account", "0071001234567");
        assertEquals(0, run.exitCode(), run.errors());
        JsonNode json = run.json();
        assertEquals("970436", json.get("bank").get("bin").asText());
        assertEquals("BFTVVNVX", json.get("bank").get("bic").asText());
        assertEquals("007*******567", json.get("account").get("masked").asText());
        assertFalse(run.output().contains("0071001234567"));
    }

    @Test
    void anUnknownBankAndBadAccountExitOne() {
        // Proves that both defects are listed and the exit code is 1.
        CliRun run = CliRun.of(new BankCheckCommand.Group(), "check", "--bank", "NOPE", "--account", "12");
        assertEquals(1, run.exitCode());
        assertEquals("[\"BANK_UNKNOWN\",\"ACCOUNT_FORMAT\"]", run.json().get("defects").toString());
    }

    @Test
    void aForeignIbanIsExplained() {
        // Proves that an IBAN in the account option is checked with iban4j and reported as not payable.
        JsonNode json = CliRun.of(new BankCheckCommand(), "--bank", "VCB", "--account", "DE89370400440532013000")
                .json();
        assertEquals("DE", json.get("account").get("iban").get("country").asText());
    }
}
