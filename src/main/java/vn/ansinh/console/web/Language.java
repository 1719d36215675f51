package vn.ansinh.console.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The console speaks Vietnamese unless asked for English, by {@code ?lang=en} or the language cookie the switch sets.
 * The browser's Accept-Language is not consulted: officers' machines often say English while they read Vietnamese.
 */
enum Language {
    VI(Locale.forLanguageTag("vi")), EN(Locale.ENGLISH);

    static final String COOKIE = "ansinh_lang";

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Language> parse(String text) {
        if (text == null) return Optional.empty();
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> Optional.of(VI);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    static Language choose(String queryParameter, String cookie) {
        return parse(queryParameter).or(() -> parse(cookie)).orElse(VI);
    }
}
