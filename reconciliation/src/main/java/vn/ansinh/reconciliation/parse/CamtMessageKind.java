package vn.ansinh.reconciliation.parse;

import java.util.Optional;
import vn.ansinh.reconciliation.model.StatementFormat;

/**
 * Which camt message a document holds, decided by the element under Document (the namespace is not trusted:
 * Swiss and Finnish banks ship their own namespaces, and some files have none).
 */
enum CamtMessageKind {
    STATEMENT("BkToCstmrStmt", "Stmt", StatementFormat.CAMT_053),
    NOTIFICATION("BkToCstmrDbtCdtNtfctn", "Ntfctn", StatementFormat.CAMT_054),
    REPORT("BkToCstmrAcctRpt", "Rpt", StatementFormat.CAMT_052);

    final String rootElement;
    final String statementElement;
    final StatementFormat format;

    CamtMessageKind(String rootElement, String statementElement, StatementFormat format) {
        this.rootElement = rootElement;
        this.statementElement = statementElement;
        this.format = format;
    }

    static Optional<CamtMessageKind> of(String rootElement) {
        for (CamtMessageKind kind : values()) {
            if (kind.rootElement.equals(rootElement)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
