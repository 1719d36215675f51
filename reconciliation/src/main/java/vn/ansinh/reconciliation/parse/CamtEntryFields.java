package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts of one camt Ntry that the model needs, filled leaf by leaf by {@link CamtEntryCursor} and turned into an
 * entry by {@link CamtEntryAssembler}. Where the schema allows an element once, the first one read counts, as a
 * lookup by name in a tree would find it; a blank text counts as absent.
 */
final class CamtEntryFields {
    CamtAmountText amount;
    String indicator;
    String statusText;
    String statusCode;
    String statusProprietary;
    String reversal;
    String servicerReference;
    String entryReference;
    final List<String> additionalInfo = new ArrayList<>(0);
    String bookingDate;
    String bookingDateTime;
    String valueDate;
    String valueDateTime;
    boolean domainSeen;
    String domainCode;
    String familyCode;
    String subFamilyCode;
    String proprietaryCode;
    CamtBatchFields batch;
    final List<CamtDetailFields> details = new ArrayList<>(1);
    private Optional<String> currencyCode = Optional.empty();
    private boolean batchSeenInDetails;
    private boolean batchCounted;

    /** An element opened at {@code depth} below Ntry; {@code currencyCode} is its Ccy attribute, if an amount. */
    void start(String[] path, int depth, Optional<String> currencyCode) {
        this.currencyCode = currencyCode;
        String name = path[depth];
        if (depth == 1 && name.equals("NtryDtls")) {
            batchSeenInDetails = false;
        } else if (depth == 2 && path[1].equals("NtryDtls")) {
            startInDetails(name);
        } else if (depth == 2 && path[1].equals("BkTxCd") && name.equals("Domn")) {
            domainSeen = true;
        } else if (depth > 2 && inTransaction(path)) {
            details.getLast().start(path, depth);
        }
    }

    /** A later NtryDtls with a Btch replaces the batch; a second Btch in one NtryDtls is not read. */
    private void startInDetails(String name) {
        if (name.equals("TxDtls")) {
            details.add(new CamtDetailFields());
        } else if (name.equals("Btch")) {
            batchCounted = !batchSeenInDetails;
            if (batchCounted) {
                batch = new CamtBatchFields();
            }
            batchSeenInDetails = true;
        }
    }

    /** A leaf element closed at {@code depth} below Ntry with this text. */
    void leaf(String[] path, int depth, CharSequence text) {
        switch (depth) {
            case 1 -> entryLeaf(path[1], text);
            case 2 -> secondLevelLeaf(path[1], path[2], text);
            default -> deepLeaf(path, depth, text);
        }
    }

    private void entryLeaf(String name, CharSequence text) {
        switch (name) {
            case "Amt" -> amount = amount == null ? new CamtAmountText("Amt", currencyCode, text.toString()) : amount;
            case "CdtDbtInd" -> indicator = first(indicator, text);
            case "Sts" -> statusText = first(statusText, text);
            case "RvslInd" -> reversal = first(reversal, text);
            case "AcctSvcrRef" -> servicerReference = first(servicerReference, text);
            case "NtryRef" -> entryReference = first(entryReference, text);
            case "AddtlNtryInf" -> additionalInfo.add(text.toString().strip());
            default -> {
                // Other entry elements (ComssnWvrInd, Chrgs, Intrst...) do not affect reconciliation.
            }
        }
    }

    private void secondLevelLeaf(String parent, String name, CharSequence text) {
        boolean date = name.equals("Dt");
        boolean dateTime = name.equals("DtTm");
        switch (parent) {
            case "BookgDt" -> {
                bookingDate = date ? first(bookingDate, text) : bookingDate;
                bookingDateTime = dateTime ? first(bookingDateTime, text) : bookingDateTime;
            }
            case "ValDt" -> {
                valueDate = date ? first(valueDate, text) : valueDate;
                valueDateTime = dateTime ? first(valueDateTime, text) : valueDateTime;
            }
            case "Sts" -> {
                statusCode = name.equals("Cd") ? first(statusCode, text) : statusCode;
                statusProprietary = name.equals("Prtry") ? first(statusProprietary, text) : statusProprietary;
            }
            default -> {
                // Nothing else two levels down is read.
            }
        }
    }

    private void deepLeaf(String[] path, int depth, CharSequence text) {
        if (inTransaction(path)) {
            details.getLast().leaf(path, depth, text, currencyCode);
        } else if (depth == 3 && path[1].equals("NtryDtls") && path[2].equals("Btch") && batchCounted) {
            batch.leaf(path[3], text, currencyCode);
        } else if (path[1].equals("BkTxCd")) {
            transactionCodeLeaf(path, depth, text);
        }
    }

    private void transactionCodeLeaf(String[] path, int depth, CharSequence text) {
        if (depth == 3 && path[2].equals("Domn") && path[3].equals("Cd")) {
            domainCode = first(domainCode, text);
        } else if (depth == 3 && path[2].equals("Prtry") && path[3].equals("Cd")) {
            proprietaryCode = first(proprietaryCode, text);
        } else if (depth == 4 && path[2].equals("Domn") && path[3].equals("Fmly")) {
            familyCode = path[4].equals("Cd") ? first(familyCode, text) : familyCode;
            subFamilyCode = path[4].equals("SubFmlyCd") ? first(subFamilyCode, text) : subFamilyCode;
        }
    }

    private static boolean inTransaction(String[] path) {
        return path[1].equals("NtryDtls") && path[2].equals("TxDtls");
    }

    /** The first text wins; later ones of the same element are not read. */
    static String first(String current, CharSequence text) {
        return current != null ? current : text.toString();
    }

    /** A text as a tree lookup returns it: stripped, and absent when missing or blank. */
    static Optional<String> present(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
