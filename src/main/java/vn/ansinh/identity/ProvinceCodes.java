package vn.ansinh.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The province codes that may begin a CCCD, loaded from {@code identity/cccd-province-codes.csv}. The codes are
 * the ones printed on cards and did not change when provinces merged in 2025, so the list is fixed data.
 */
public final class ProvinceCodes {

    public static final String RESOURCE = "identity/cccd-province-codes.csv";

    /** The number of provinces before the 2025 merger; a data file with another count is damaged. */
    public static final int PROVINCE_COUNT = 63;

    private static final class Standard {
        private static final ProvinceCodes INSTANCE = loadResource();
    }

    private final Map<String, Province> byCode;

    private ProvinceCodes(Map<String, Province> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The codes shipped with the engine, loaded once. */
    public static ProvinceCodes standard() {
        return Standard.INSTANCE;
    }

    /** Codes read from CSV text with the header {@code code,province}; duplicate codes are refused. */
    public static ProvinceCodes load(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        Map<String, Province> byCode = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (CSVRecord record : parser) {
                Province province = new Province(record.get("code"), record.get("province"));
                if (byCode.putIfAbsent(province.code(), province) != null) {
                    throw new IllegalArgumentException("province code listed twice: " + province.code());
                }
            }
        }
        return new ProvinceCodes(byCode);
    }

    public Optional<Province> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Province> all() {
        return byCode.values();
    }

    private static ProvinceCodes loadResource() {
        try (InputStream stream = ProvinceCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ProvinceCodes codes = load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            if (codes.byCode.size() != PROVINCE_COUNT) {
                throw new IllegalStateException(RESOURCE + " lists " + codes.byCode.size()
                        + " provinces; expected " + PROVINCE_COUNT);
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
