package vn.ansinh.identity.registry;

import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.Masking;

/** What the population registry says about one person. */
public record Citizen(String cccd, String fullName, LocalDate dateOfBirth, Gender gender, boolean deceased,
                      String provinceCode, String communeCode) {

    public Citizen {
        Objects.requireNonNull(cccd, "cccd");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(communeCode, "communeCode");
    }

    @Override
    public String toString() {
        return "Citizen[" + Masking.cccd(cccd) + (deceased ? ", deceased" : "") + "]";
    }
}
