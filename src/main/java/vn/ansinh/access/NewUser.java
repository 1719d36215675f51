package vn.ansinh.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** A request to create a user, checked field by field so every problem is reported at once. */
public record NewUser(String username, String displayName, String password, List<String> roles, String bankBin) {

    public NewUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
        username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public java.util.Optional<String> bankBinOptional() {
        return java.util.Optional.ofNullable(bankBin);
    }

    public NewUser validated() {
        var problems = new ArrayList<Violation>();
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            problems.add(Violation.ofField("username", "INVALID", "3 to 64 of a-z, 0-9, dot, dash, underscore."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add(Violation.ofField("displayName", "REQUIRED", "A name of 1 to 200 characters."));
        }
        if (password == null || password.length() < PasswordHasher.PASSWORD_LENGTH_MIN
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordHasher.PASSWORD_BYTES_MAX) {
            problems.add(Violation.ofField("password", "WEAK_PASSWORD",
                    "At least " + PasswordHasher.PASSWORD_LENGTH_MIN + " characters and at most "
                            + PasswordHasher.PASSWORD_BYTES_MAX + " bytes."));
        }
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            problems.add(Violation.ofField("roles", "INVALID", "One or more of " + Roles.ALL + "."));
        }
        if (roles.contains(Roles.BANK) && (bankBin == null || !bankBin.matches("[0-9]{6}"))) {
            problems.add(Violation.ofField("bankBin", "REQUIRED", "A bank user needs the 6-digit NAPAS BIN of its bank."));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("USER_INVALID", "The user cannot be created as given.", problems);
        }
        return this;
    }
}
