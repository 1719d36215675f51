package vn.ansinh.beneficiary.intake.read;

import java.util.Map;
import java.util.Optional;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.name.NameNormalizer;

/** Reads a gender written Nam/Nữ (with or without marks), M/F or Male/Female, in any case. */
final class GenderText {

    private static final Map<String, Gender> BY_NORMAL_FORM = Map.of(
            "NAM", Gender.MALE, "M", Gender.MALE, "MALE", Gender.MALE,
            "NU", Gender.FEMALE, "F", Gender.FEMALE, "FEMALE", Gender.FEMALE);

    private GenderText() {
    }

    static Optional<Gender> parse(String text) {
        return Optional.ofNullable(BY_NORMAL_FORM.get(NameNormalizer.normalize(text)));
    }
}
