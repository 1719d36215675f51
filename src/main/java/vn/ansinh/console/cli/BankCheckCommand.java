package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ansinh.banking.AccountDefect;
import vn.ansinh.banking.Bank;
import vn.ansinh.banking.BankAccountCheck;
import vn.ansinh.banking.BankAccountRules;
import vn.ansinh.banking.IbanCheck;
import vn.ansinh.identity.Masking;

/**
 * {@code ansinh bank check --bank B --account N}: the NAPAS directory entry for the bank and the account-number
 * rules, as JSON. Exit 0 when both pass, 1 otherwise. The account is printed masked. Does not ask the bank
 * whether the account exists. Register {@link BankCheckCommand.Group} under the root command.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a bank (BIN or short code) and an account number; prints JSON.")
public final class BankCheckCommand implements Callable<Integer> {

    /** {@code ansinh bank}: commands about banks and accounts. */
    @Command(name = "bank", description = "Banks and accounts.", subcommands = BankCheckCommand.class)
    public static final class Group {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "B", description = "6-digit NAPAS BIN or short code")
    String bank;

    @Option(names = "--account", required = true, paramLabel = "N", description = "the account number")
    String account;

    @Override
    public Integer call() throws Exception {
        BankAccountRules rules = BankAccountRules.standard();
        BankAccountCheck check = rules.check(bank, account);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", check.defects().isEmpty());
        json.put("defects", check.defects());
        json.put("bank", bankJson(rules.directory().find(bank)));
        json.put("account", accountJson(!check.defects().contains(AccountDefect.ACCOUNT_FORMAT)));
        spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return switch (check) {
            case BankAccountCheck.Valid valid -> 0;
            case BankAccountCheck.Invalid invalid -> 1;
        };
    }

    private Map<String, Object> bankJson(Optional<Bank> found) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("input", Masking.freeText(bank));
        json.put("found", found.isPresent());
        found.ifPresent(value -> {
            json.put("bin", value.bin());
            json.put("code", value.code());
            json.put("shortName", value.shortName());
            json.put("name", value.name());
            json.put("bic", value.bic().orElse(""));
        });
        return json;
    }

    private Map<String, Object> accountJson(boolean valid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("masked", Masking.account(account));
        json.put("valid", valid);
        if (!valid && IbanCheck.looksLikeIban(account)) {
            json.put("iban", switch (IbanCheck.of(account)) {
                case IbanCheck.Valid iban -> Map.of("valid", true, "country", iban.countryCode(),
                        "note", "a foreign IBAN cannot be paid through NAPAS");
                case IbanCheck.Invalid iban -> Map.of("valid", false, "defect", iban.defect());
            });
        }
        return json;
    }
}
