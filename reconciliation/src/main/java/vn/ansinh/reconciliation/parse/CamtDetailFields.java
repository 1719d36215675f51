package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of one TxDtls, read in both the .02 layout (AmtDtls/TxAmt, RltdPties/Cdtr/Nm) and .08 (Cdtr/Pty/Nm).
 * Paths are three levels below Ntry: path[3] is a child of TxDtls. Only the first RmtInf, RltdPties and RtrInf
 * are read, as a lookup by name finds the first.
 */
final class CamtDetailFields {
    /** Index 0 is the creditor side (Cdtr, CdtrAcct), 1 the debtor side (Dbtr, DbtrAcct). */
    static final int CREDITOR = 0;
    static final int DEBTOR = 1;

    String endToEndId;
    CamtAmountText amount;
    CamtAmountText detailsAmount;
    String indicator;
    final List<String> unstructured = new ArrayList<>(0);
    boolean returnSeen;
    String reasonCode;
    String reasonProprietary;
    boolean partiesSeen;
    final String[] partyName = new String[2];
    final String[] partyNestedName = new String[2];
    final String[] accountIban = new String[2];
    final String[] accountOther = new String[2];
    private int remittanceInfos;
    private int relatedParties;
    private int returnInfos;

    void start(String[] path, int depth) {
        if (depth != 3) {
            return;
        }
        switch (path[3]) {
            case "RmtInf" -> remittanceInfos++;
            case "RltdPties" -> {
                relatedParties++;
                partiesSeen = true;
            }
            case "RtrInf" -> {
                returnInfos++;
                returnSeen = true;
            }
            default -> {
                // Other transaction elements are containers the model does not read.
            }
        }
    }

    void leaf(String[] path, int depth, CharSequence text, Optional<String> currencyCode) {
        String name = path[3];
        if (depth == 3 && name.equals("Amt")) {
            amount = amount == null ? new CamtAmountText("Amt", currencyCode, text.toString()) : amount;
        } else if (depth == 3 && name.equals("CdtDbtInd")) {
            indicator = CamtEntryFields.first(indicator, text);
        } else if (depth == 4 && name.equals("Refs") && path[4].equals("EndToEndId")) {
            endToEndId = CamtEntryFields.first(endToEndId, text);
        } else if (depth == 4 && name.equals("RmtInf") && remittanceInfos == 1 && path[4].equals("Ustrd")) {
            unstructured.add(text.toString().strip());
        } else if (depth == 5 && name.equals("AmtDtls") && path[4].equals("TxAmt") && path[5].equals("Amt")) {
            detailsAmount = detailsAmount == null ? new CamtAmountText("Amt", currencyCode, text.toString())
                    : detailsAmount;
        } else if (depth == 5 && name.equals("RtrInf") && returnInfos == 1 && path[4].equals("Rsn")) {
            reasonCode = path[5].equals("Cd") ? CamtEntryFields.first(reasonCode, text) : reasonCode;
            reasonProprietary = path[5].equals("Prtry") ? CamtEntryFields.first(reasonProprietary, text)
                    : reasonProprietary;
        } else if (depth >= 5 && name.equals("RltdPties") && relatedParties == 1) {
            partyLeaf(path, depth, text);
        }
    }

    private void partyLeaf(String[] path, int depth, CharSequence text) {
        String party = path[4];
        int side = switch (party) {
            case "Cdtr", "CdtrAcct" -> CREDITOR;
            case "Dbtr", "DbtrAcct" -> DEBTOR;
            default -> -1;
        };
        if (side < 0) {
            return;
        }
        boolean account = party.endsWith("Acct");
        if (!account && depth == 5 && path[5].equals("Nm")) {
            partyName[side] = CamtEntryFields.first(partyName[side], text);
        } else if (!account && depth == 6 && path[5].equals("Pty") && path[6].equals("Nm")) {
            partyNestedName[side] = CamtEntryFields.first(partyNestedName[side], text);
        } else if (account && depth == 6 && path[5].equals("Id") && path[6].equals("IBAN")) {
            accountIban[side] = CamtEntryFields.first(accountIban[side], text);
        } else if (account && depth == 7 && path[5].equals("Id") && path[6].equals("Othr") && path[7].equals("Id")) {
            accountOther[side] = CamtEntryFields.first(accountOther[side], text);
        }
    }
}
