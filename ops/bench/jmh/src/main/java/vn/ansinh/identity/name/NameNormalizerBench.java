package vn.ansinh.identity.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Name normalisation as an intake does it for every row, over the names an officer's list carries (composed, with
 * diacritics), the same decomposed, and the upper-case ASCII form banks answer with; {@code normalizeFully}, the
 * rule's steps with no short cut, is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameNormalizerBench {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đào", "Giang", "Hà", "Hải", "Hạnh", "Hương",
        "Khánh", "Lan", "Linh", "Mai", "Nam", "Nga", "Phúc", "Quỳnh", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"};

    /** COMPOSED: as typed in a list; DECOMPOSED: the same in NFD; BANK: the bank's upper-case ASCII form. */
    @Param({"COMPOSED", "DECOMPOSED", "BANK"})
    public String form;

    private List<String> names;

    @Setup
    public void names() {
        var random = new Random(7);
        names = new ArrayList<>();
        for (int i = 0; i < 1_024; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            names.add(switch (form) {
                case "COMPOSED" -> name;
                case "DECOMPOSED" -> Normalizer.normalize(name, Normalizer.Form.NFD);
                default -> NameNormalizer.normalizeFully(name);
            });
        }
    }

    @Benchmark
    public void normalize(Blackhole out) {
        for (String name : names) out.consume(NameNormalizer.normalize(name));
    }

    @Benchmark
    public void baselineNormalizeFully(Blackhole out) {
        for (String name : names) out.consume(NameNormalizer.normalizeFully(name));
    }
}
