package vn.ansinh.merchant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/** {@code ansinh.merchant.*}: who we are as an acquirer, when the business day ends, and every limit of the room. */
@ConfigMapping(prefix = "ansinh.merchant")
public interface MerchantConfig {

    /** Our NAPAS BIN as the acquirer; VietQR codes we issue name it in tag 38/01/00. */
    String acquirerBin();

    /** The BIN in the token of the QR and card switch's service user; no other bank may notify or clear. */
    String switchBankBin();

    /** Local time in Asia/Ho_Chi_Minh at which a business date ends; 00:00 ends it at midnight. */
    @WithDefault("23:00")
    LocalTime cutoverTime();

    /**
     * How often the scheduler checks whether the last ended business date is settled (a Quarkus duration such as
     * PT60S, or {@code off}); read by {@link vn.ansinh.merchant.settlement.ScheduledCutover}.
     */
    @WithDefault("PT60S")
    String cutoverCheckInterval();

    /**
     * The BIN of the bank holding the acquirer's settlement funding account, from which merchants' nets are paid;
     * empty means {@link #acquirerBin()}.
     */
    Optional<String> settlementFundingBin();

    /**
     * The acquirer's settlement funding account. Without it a cutover still settles the date but issues no payments:
     * the batch stays READY, says so in its audit entry, and a later cutover of the same date (the scheduler's or
     * {@code POST /merchant/cutovers}) pays it once the account is set.
     */
    Optional<String> settlementFundingAccount();

    /** Longest wait for one database step taken from a blocking thread (the host's workers, reports). */
    @WithDefault("PT20S")
    Duration databaseTimeout();

    /** Largest clearing file accepted, in bytes. */
    @WithDefault("16777216")
    int clearingFileBytesMax();

    /** Most rows (terminal-days) in one clearing file. */
    @WithDefault("200000")
    int clearingRowsMax();

    /** Most settlement lines returned in one page of {@code GET /merchant/settlements/{date}}. */
    @WithDefault("1000")
    int settlementLinesPerPageMax();

    /** Most ledger entries listed in one merchant's PDF report; the CSV always lists them all. */
    @WithDefault("5000")
    int pdfEntriesMax();
}
