package vn.ansinh.recon.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.identity.Masking;

/** The audit entry of a statement file taken in: what it holds, statement by statement, accounts masked. */
final class StatementAudit {

    private StatementAudit() {
    }

    static Map<String, Object> payload(StoredFile file, Uploader uploader) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (StoredFile.StoredStatement statement : file.statements()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("statementId", statement.id());
            item.put("statementRef", statement.statementRef());
            item.put("bankBin", statement.bankBin());
            item.put("account", Masking.account(statement.account()));
            item.put("firstDate", statement.firstDate().toString());
            item.put("lastDate", statement.lastDate().toString());
            item.put("lines", statement.lines());
            item.put("creditTotalVnd", statement.creditTotalVnd());
            item.put("debitTotalVnd", statement.debitTotalVnd());
            statements.add(item);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fileName", file.fileName());
        payload.put("sha256", file.sha256());
        payload.put("format", file.format());
        payload.put("bytes", file.bytes());
        payload.put("channel", uploader.channel().name());
        payload.put("lines", file.lines());
        payload.put("statements", statements);
        return payload;
    }
}
