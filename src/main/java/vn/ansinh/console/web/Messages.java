package vn.ansinh.console.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The console's words, from {@code console/messages.properties} (Vietnamese) and {@code messages_en.properties}.
 * Templates read them as {@code t.key}; a key missing in English falls back to Vietnamese rather than to nothing.
 */
final class Messages {

    private static final Map<Language, Map<String, String>> LOADED = new EnumMap<>(Language.class);

    private Messages() {}

    static synchronized Map<String, String> of(Language language) {
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    static String text(Language language, String key) {
        return of(language).getOrDefault(key, key);
    }

    private static Map<String, String> load(Language language) {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        var base = ResourceBundle.getBundle("console.messages", Language.VI.locale, control);
        var words = new HashMap<String, String>();
        base.keySet().forEach(key -> words.put(key, base.getString(key)));
        if (language == Language.EN) {
            var english = ResourceBundle.getBundle("console.messages", Language.EN.locale, control);
            english.keySet().forEach(key -> words.put(key, english.getString(key)));
        }
        return Map.copyOf(words);
    }
}
