package vn.ansinh.identity;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A CCCD built from a holder's details by the encoding rules, with the details it was built from. */
record GeneratedCccd(String digits, Province province, LocalDate dateOfBirth, Gender gender) {

    private static final List<Province> PROVINCES = List.copyOf(ProvinceCodes.standard().all());

    /** Valid CCCDs for holders born anywhere in the five centuries the encoding covers. */
    static Gen<GeneratedCccd> valid() {
        Gen<LocalDate> datesOfBirth = integers().between(0, 499 * 366)
                .map(days -> LocalDate.of(1900, 1, 1).plusDays(days))
                .assuming(date -> date.getYear() <= 2399);
        return Generate.pick(PROVINCES).zip(datesOfBirth, Generate.enumValues(Gender.class),
                integers().between(0, 999_999),
                (province, date, gender, serial) -> build(province, date, gender, serial));
    }

    static GeneratedCccd build(Province province, LocalDate dateOfBirth, Gender gender, int serial) {
        int digit = CenturyGender.forBirth(gender, dateOfBirth.getYear()).orElseThrow().digit();
        String digits = province.code() + digit + String.format("%02d", dateOfBirth.getYear() % 100)
                + String.format("%06d", serial);
        return new GeneratedCccd(digits, province, dateOfBirth, gender);
    }

    /** The same digits with the one at {@code index} replaced. */
    String withDigit(int index, char replacement) {
        return digits.substring(0, index) + replacement + digits.substring(index + 1);
    }
}
