package vn.ansinh.banking;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The NAPAS member banks, found by 6-digit BIN, short code or alias. Lookups ignore case and whitespace, so
 * "vcb", " VCB " and "970436" all find Vietcombank. Every key is unique: a file where two banks share a BIN, a
 * code or an alias is refused, because a beneficiary's bank must never be ambiguous.
 */
public final class BankDirectory {

    public static final String RESOURCE = "banking/napas-banks.csv";

    /** More rows than this means the file is not a bank directory. */
    public static final int BANKS_MAX = 500;

    private static final class Standard {
        private static final BankDirectory INSTANCE = loadResource();
    }

    private final List<Bank> banks;
    private final Map<String, Bank> byKey;

    private BankDirectory(List<Bank> banks, Map<String, Bank> byKey) {
        this.banks = List.copyOf(banks);
        this.byKey = Map.copyOf(byKey);
    }

    /** The directory shipped with the engine, loaded once. */
    public static BankDirectory standard() {
        return Standard.INSTANCE;
    }

    /** A directory read from CSV with the header {@code bin,code,aliases,short_name,name,bic}. */
    public static BankDirectory load(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Bank> banks = new ArrayList<>();
        Map<String, Bank> byKey = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (CSVRecord record : parser) {
                if (banks.size() == BANKS_MAX) {
                    throw new IllegalArgumentException("a bank directory lists at most " + BANKS_MAX + " banks");
                }
                Bank bank = bankOf(record);
                banks.add(bank);
                index(byKey, bank, bank.bin());
                index(byKey, bank, bank.code());
                bank.aliases().forEach(alias -> index(byKey, bank, alias));
            }
        }
        return new BankDirectory(banks, byKey);
    }

    /** The bank with this BIN, short code or alias; case and whitespace are ignored. */
    public Optional<Bank> find(String binOrCode) {
        // Lists give the bank as a key already ("970436", "VCB") on nearly every row; a key is its own key, so the
        // exact look-up answers as the normalised one would, without a regular expression per row.
        Bank exact = byKey.get(binOrCode);
        return Optional.ofNullable(exact != null ? exact : byKey.get(keyOf(binOrCode)));
    }

    public List<Bank> banks() {
        return banks;
    }

    static String keyOf(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static Bank bankOf(CSVRecord record) {
        String aliasText = record.get("aliases");
        List<String> aliases = aliasText.isEmpty() ? List.of() : Arrays.asList(aliasText.split("\\|"));
        String bic = record.get("bic");
        return new Bank(record.get("bin"), record.get("code"), aliases, record.get("short_name"), record.get("name"),
                bic.isEmpty() ? Optional.empty() : Optional.of(bic));
    }

    private static void index(Map<String, Bank> byKey, Bank bank, String key) {
        Bank previous = byKey.putIfAbsent(keyOf(key), bank);
        if (previous != null && previous != bank) {
            throw new IllegalArgumentException("banks " + previous.bin() + " and " + bank.bin() + " share " + key);
        }
    }

    private static BankDirectory loadResource() {
        try (InputStream stream = BankDirectory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
