package vn.ansinh.rails.pain001;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankIdentity;

/** Payment sets and headers for the pain.001 tests. */
final class Pain001Samples {

    private static final List<String> SYLLABLES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ",
            "Đặng", "Bùi", "Đỗ", "Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Hương", "Đào", "Dũng", "Ánh", "Quỳnh",
            "Phương", "Yến", "Ưng", "Ơn", "Ý");
    private static final List<String> BINS = List.of("970436", "970415", "970418", "970405", "970422", "970403",
            "422589", "458761", "970448");

    private Pain001Samples() {
    }

    static Gen<String> vietnameseNames() {
        return lists().of(Generate.pick(SYLLABLES)).ofSizeBetween(2, 5).map(parts -> String.join(" ", parts));
    }

    static Gen<BankIdentity> banks() {
        Gen<BankIdentity> binOnly = Generate.pick(BINS).map(BankIdentity::ofBin);
        Gen<BankIdentity> withBic = Generate.pick(BINS).map(bin -> BankIdentity.of(bin, "BFTVVNVX"));
        return binOnly.mix(withBic);
    }

    static Gen<AccountId> accounts() {
        return longs().between(100_000L, 999_999_999_999_999L).map(number -> new AccountId(Long.toString(number)));
    }

    /** Transfers on run 7 with distinct lines; amounts from 1 đồng to 50 million. */
    static Gen<List<CreditTransfer>> paymentSets() {
        Gen<CreditTransfer> transfer = integers().between(0, 1_000_000).zip(longs().between(1, 50_000_000),
                vietnameseNames(), banks(), accounts(),
                (line, amount, name, bank, account) -> CreditTransfer.of(EndToEndId.forRunLine(7, line), amount,
                        bank, name, account, "Trợ cấp xã hội tháng 5"));
        return lists().of(transfer).ofSizeBetween(1, 40).map(Pain001Samples::distinctIds);
    }

    private static List<CreditTransfer> distinctIds(List<CreditTransfer> transfers) {
        return new ArrayList<>(transfers.stream()
                .collect(Collectors.toMap(CreditTransfer::endToEndId, t -> t, (first, second) -> first,
                        java.util.LinkedHashMap::new)).values());
    }

    static Pain001Header header(long count, long sum) {
        return Pain001Header.of("MSG-2026-05-0001", OffsetDateTime.of(2026, 5, 4, 9, 30, 0, 0, ZoneOffset.ofHours(7)),
                count, sum, "Sở Lao động Thương binh và Xã hội Hà Nội", "PMT-0001", LocalDate.of(2026, 5, 5),
                "Sở Lao động Thương binh và Xã hội Hà Nội", new AccountId("1234567890123"),
                BankIdentity.of("970418", "BIDVVNVX"));
    }

    static byte[] write(List<CreditTransfer> transfers) {
        long sum = transfers.stream().mapToLong(CreditTransfer::amountVnd).sum();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Pain001Writer.writeAll(output, header(transfers.size(), sum), transfers.iterator());
        return output.toByteArray();
    }
}
