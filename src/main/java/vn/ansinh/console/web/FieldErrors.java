package vn.ansinh.console.web;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.platform.DomainException;

/** A refusal's violations by field name, so a form shows each error next to its field; the rest go under "form". */
final class FieldErrors {

    static final String FORM = "form";

    private FieldErrors() {}

    static Map<String, String> of(DomainException e) {
        var errors = new LinkedHashMap<String, String>();
        for (var violation : e.violations()) {
            String field = violation.field() == null || violation.field().isBlank() ? FORM : violation.field();
            errors.merge(field, violation.detail(), (first, second) -> first + " " + second);
        }
        if (errors.isEmpty()) errors.put(FORM, e.detail());
        return errors;
    }

    static Map<String, String> one(String field, String detail) {
        return Map.of(field, detail);
    }
}
