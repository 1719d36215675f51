package vn.ansinh.payout.cash;

import java.util.List;
import vn.ansinh.beneficiary.intake.report.SpreadsheetText;

/**
 * The cash list's columns and cell texts, shared by the CSV and XLSX writers so they agree. Names and receipt numbers
 * come from people; every text cell is neutralised so that a hostile value never runs as a formula.
 */
final class CashListColumns {

    static final List<String> HEADERS = List.of("ma_xa", "ma_nguoi_huong", "ho_ten", "so_cccd", "so_tien",
            "so_bien_nhan", "xac_nhan_boi", "xac_nhan_luc");
    static final int BENEFICIARY_COLUMN = 1;
    static final int AMOUNT_COLUMN = 4;

    private CashListColumns() {}

    static List<String> cells(CashRow row) {
        return List.of(
                SpreadsheetText.neutralise(row.communeCode()),
                Long.toString(row.beneficiaryId()),
                SpreadsheetText.neutralise(row.fullName()),
                SpreadsheetText.neutralise(row.cccdMasked()),
                Long.toString(row.amountVnd()),
                SpreadsheetText.neutralise(row.receiptNumber().orElse("")),
                SpreadsheetText.neutralise(row.confirmedBy().orElse("")),
                row.confirmedAt().map(Object::toString).orElse(""));
    }
}
