package vn.ansinh.reconciliation.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ansinh.reconciliation.check.BalanceCheck;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.Statement;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Renders parsed statements and their completeness checks as the JSON `statement parse` prints. */
final class StatementJson {
    private StatementJson() {
    }

    static String render(String format, List<Statement> statements, CompletenessReport report) {
        String body = statements.stream().map(statement -> statement(statement, report)).collect(Collectors.joining(","));
        String findings = report.findings().stream().map(f -> "{\"blocking\":" + f.blocksCompleteness()
                + ",\"finding\":" + JsonText.quote(f.describe()) + "}").collect(Collectors.joining(","));
        return "{\"format\":" + JsonText.quote(format) + ",\"statements\":[" + body + "],\"completeness\":{\"complete\":"
                + report.complete() + ",\"findings\":[" + findings + "]}}";
    }

    private static String statement(Statement statement, CompletenessReport report) {
        StatementSummary summary = statement.summary();
        String check = report.checks().stream().filter(c -> c.statement() == summary).findFirst()
                .map(c -> balanceCheck(c.balance())).orElse("{\"result\":\"DUPLICATE\"}");
        return "{\"statementId\":" + JsonText.quote(summary.header().statementId())
                + ",\"account\":" + optional(summary.header().account())
                + ",\"currency\":" + optional(summary.header().currency().map(Object::toString))
                + ",\"sequence\":" + (summary.header().sequence().isPresent() ? summary.header().sequence().getAsLong() : "null")
                + ",\"balances\":[" + summary.balances().stream().map(StatementJson::balance).collect(Collectors.joining(","))
                + "],\"entryCount\":" + summary.entryCount()
                + ",\"creditTotalMinor\":" + summary.creditTotalMinor()
                + ",\"debitTotalMinor\":" + summary.debitTotalMinor()
                + ",\"balanceCheck\":" + check
                + ",\"entries\":[" + statement.entries().stream().map(StatementJson::entry).collect(Collectors.joining(","))
                + "]}";
    }

    private static String balance(Balance balance) {
        return "{\"type\":\"" + balance.type() + "\",\"amountMinor\":" + balance.signedMinor() + ",\"currency\":\""
                + balance.currency() + "\",\"date\":\"" + balance.date() + "\"}";
    }

    private static String entry(Entry entry) {
        return "{\"index\":" + entry.index() + ",\"endToEndId\":" + optional(entry.effectiveEndToEndId())
                + ",\"amountMinor\":" + entry.amountMinor() + ",\"direction\":\"" + entry.direction()
                + "\",\"status\":\"" + entry.status() + "\"}";
    }

    private static String balanceCheck(BalanceCheck check) {
        String result = switch (check) {
            case BalanceCheck.Consistent consistent -> "CONSISTENT";
            case BalanceCheck.ConsistentByValueDate consistent -> "CONSISTENT_BY_VALUE_DATE";
            case BalanceCheck.Inconsistent inconsistent -> "INCONSISTENT";
            case BalanceCheck.NotCheckable notCheckable -> "NOT_CHECKABLE";
        };
        return "{\"result\":\"" + result + "\",\"reason\":" + JsonText.quote(check.reason()) + "}";
    }

    private static String optional(Optional<String> value) {
        return value.map(JsonText::quote).orElse("null");
    }
}
