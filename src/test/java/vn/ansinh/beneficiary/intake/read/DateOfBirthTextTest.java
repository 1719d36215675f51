package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DateOfBirthTextTest {

    @ParameterizedTest
    @CsvSource({"21/07/1985,1985-07-21", "1/2/2000,2000-02-01", "29/02/2024,2024-02-29", "1985-07-21,1985-07-21",
            "' 05/04/2023 ',2023-04-05"})
    void writtenDatesAreRead(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), DateOfBirthText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1985", "29/02/2023", "0/5/1985", "12/13/1985", "1985/07/21", "21-07-1985", "",
            "21/07/85", "２１/07/1985"})
    void impossibleOrOtherShapesAreNotRead(String text) {
        assertEquals(Optional.empty(), DateOfBirthText.parse(text));
    }

    @Test
    void theShortCutForDayMonthYearAnswersAsTheFormattersDo() {
        // Texts near the d/M/yyyy shape (digits and slashes in any order, days and months past their range, years of
        // other lengths) as well as any text: the short cut must never change an answer.
        qt().forAll(nearDates().mix(dayMonthYears()).mix(strings().allPossible().ofLengthBetween(0, 12)))
                .checkAssert(text -> assertEquals(DateOfBirthText.byFormatters(text.strip()), DateOfBirthText.parse(text),
                        text));
    }

    private static Gen<String> dayMonthYears() {
        return integers().between(0, 40).zip(integers().between(0, 14), integers().between(0, 10_999),
                (day, month, year) -> day + "/" + (month < 10 && year % 2 == 0 ? "0" + month : "" + month) + "/"
                        + (year < 10_000 ? String.format("%04d", year) : "" + year));
    }

    private static Gen<String> nearDates() {
        List<Character> characters = "0123456789/ -".chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(characters)).ofSizeBetween(0, 12)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
