package vn.ansinh.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The result of checking a CCCD's structure: valid with what it says about its holder, or every defect found. */
public sealed interface CccdCheck {

    /** The CCCD passed every structural rule that could be applied. */
    record Valid(CccdProfile profile) implements CccdCheck {
        public Valid {
            Objects.requireNonNull(profile, "profile");
        }
    }

    /** The CCCD failed; {@code defects} lists every rule it broke and is never empty. */
    record Invalid(Set<CccdDefect> defects) implements CccdCheck {
        public Invalid {
            if (defects.isEmpty()) {
                throw new IllegalArgumentException("an invalid CCCD has at least one defect");
            }
            // An EnumSet keeps the declaration order, so reports list defects the same way every time.
            defects = Collections.unmodifiableSet(EnumSet.copyOf(defects));
        }
    }

    /** The defects found, empty when valid. */
    default Set<CccdDefect> defects() {
        return switch (this) {
            case Valid valid -> Set.of();
            case Invalid invalid -> invalid.defects;
        };
    }
}
