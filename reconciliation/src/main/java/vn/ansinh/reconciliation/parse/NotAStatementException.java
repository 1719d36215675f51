package vn.ansinh.reconciliation.parse;

/**
 * A well-formed message that is not a bank statement. Decision: pain.001/002/008 and other camt messages are
 * refused as NOT_A_STATEMENT rather than parsed into an empty statement, so a misrouted file is never mistaken for
 * "the bank reported nothing".
 */
final class NotAStatementException extends StatementParseException {
    NotAStatementException(String position, String message) {
        super(position, message);
    }

    static String describe(String messageElement, String namespace) {
        String kind = switch (messageElement) {
            case "CstmrCdtTrfInitn" -> "a pain.001 credit transfer initiation";
            case "CstmrPmtStsRpt" -> "a pain.002 payment status report";
            case "CstmrDrctDbtInitn" -> "a pain.008 direct debit initiation";
            case "CstmrPmtCxlReq" -> "a camt.055 cancellation request";
            default -> "<" + messageElement + ">";
        };
        String where = namespace == null || namespace.isBlank() ? "no namespace" : "namespace " + namespace;
        return "message is " + kind + " (" + where + "), not a bank statement (camt.052/053/054)";
    }
}
