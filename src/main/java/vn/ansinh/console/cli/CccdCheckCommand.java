package vn.ansinh.console.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ansinh.identity.Cccd;
import vn.ansinh.identity.CccdCheck;
import vn.ansinh.identity.CccdRules;
import vn.ansinh.identity.CenturyGender;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.Masking;
import vn.ansinh.identity.ProvinceCodes;

/**
 * {@code ansinh cccd check NUMBER [--dob yyyy-MM-dd] [--gender M|F]}: the structural checks of a CCCD, as JSON.
 * Exit 0 when valid, 1 when not, 2 for a usage error. The number is printed masked. Register
 * {@link CccdCheckCommand.Group} under the root command to get the {@code cccd} group.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a CCCD's structure (format, province, gender/century, birth year); prints JSON.")
public final class CccdCheckCommand implements Callable<Integer> {

    /** {@code ansinh cccd}: commands about chip citizen ids. */
    @Command(name = "cccd", description = "Chip citizen ids (CCCD).", subcommands = CccdCheckCommand.class)
    public static final class Group {
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "the 12-digit CCCD")
    String number;

    @Option(names = "--dob", paramLabel = "yyyy-MM-dd", description = "the holder's date of birth")
    Optional<String> dateOfBirth = Optional.empty();

    @Option(names = "--gender", paramLabel = "M|F", description = "the holder's gender")
    Optional<String> gender = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Optional<LocalDate> date;
        Optional<Gender> parsedGender;
        try {
            date = dateOfBirth.map(LocalDate::parse);
            parsedGender = gender.map(CccdCheckCommand::genderOf);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dob is yyyy-MM-dd and --gender is M or F");
        }
        CccdCheck check = CccdRules.standard().check(number, date, parsedGender);
        spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report(check)));
        spec.commandLine().getOut().flush();
        return switch (check) {
            case CccdCheck.Valid valid -> 0;
            case CccdCheck.Invalid invalid -> 1;
        };
    }

    private Map<String, Object> report(CccdCheck check) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cccd", Masking.cccd(number));
        json.put("valid", check instanceof CccdCheck.Valid);
        json.put("defects", check.defects());
        // What the digits say is shown whenever there are 12 of them, so an officer can see why a rule failed.
        Cccd.parse(number).ifPresent(cccd -> {
            ProvinceCodes.standard().find(cccd.provinceCode()).ifPresent(province -> json.put("province",
                    Map.of("code", province.code(), "name", province.name())));
            CenturyGender encoded = CenturyGender.fromDigit(cccd.centuryGenderDigit());
            json.put("gender", encoded.gender());
            json.put("century", encoded.centuryFirstYear() + "–" + (encoded.centuryFirstYear() + 99));
            json.put("birthYear", encoded.centuryFirstYear() + cccd.birthYearLastTwoDigits());
        });
        return json;
    }

    private static Gender genderOf(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("gender is M or F");
        };
    }
}
