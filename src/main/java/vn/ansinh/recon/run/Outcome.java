package vn.ansinh.recon.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.ansinh.reconciliation.match.AgeBucket;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.verdict.Verdict;

/**
 * Everything a run decided, in deterministic order: the verdict, the reconciliation statement that justifies it,
 * and the rows behind it. {@link #digest()} is a SHA-256 over all of it, so two runs with equal digests decided
 * exactly the same.
 */
public record Outcome(Verdict verdict, Totals totals, Map<BreakClass, ClassTotal> explained, List<String> findings,
                      List<MatchRow> matches, List<ProposalRow> proposals, List<BreakRow> breaks) {

    public Outcome {
        explained = java.util.Collections.unmodifiableMap(new TreeMap<>(explained));
        findings = List.copyOf(findings);
        matches = List.copyOf(matches);
        proposals = List.copyOf(proposals);
        breaks = List.copyOf(breaks);
    }

    /**
     * The auditor's page in numbers. Control totals are gross and come from the inputs; the residual is what the
     * matches and breaks fail to account for on either side.
     */
    public record Totals(long bankControlVnd, long internalControlVnd, long matchedBankVnd, long matchedInternalVnd,
                         long writtenOffVnd, long residualVnd) {}

    /** Breaks of one class: how many, their amount, and how much of it is written off. */
    public record ClassTotal(long count, long amountVnd, long writtenOffVnd) {}

    public record MatchRow(LineRef line, MatchKind kind, Origin origin, Optional<String> batchMessageId,
                           int confidence, boolean pending, long bankAmountVnd, long internalAmountVnd,
                           List<Long> outboundPaymentIds, List<Long> returnPaymentIds) {
        public MatchRow {
            outboundPaymentIds = List.copyOf(outboundPaymentIds);
            returnPaymentIds = List.copyOf(returnPaymentIds);
        }
    }

    public record ProposalRow(LineRef line, long paymentId, int confidence, String reason) {}

    /** {@code ref} is the line's ref for a bank-side break, P{end-to-end id} for a payment without its entry. */
    public record BreakRow(String ref, BreakClass breakClass, BreakClass.Priority priority, AgeBucket age,
                           long amountVnd, long bankAmountVnd, long internalAmountVnd, Optional<LineRef> line,
                           Optional<String> endToEndId, Optional<Long> paymentId, String explanation,
                           boolean writtenOff) {}

    public String digest() {
        StringBuilder text = new StringBuilder().append(verdict).append('\n').append(totals).append('\n')
                .append(explained).append('\n').append(findings).append('\n');
        matches.forEach(match -> text.append(match).append('\n'));
        proposals.forEach(proposal -> text.append(proposal).append('\n'));
        breaks.forEach(problem -> text.append(problem).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }

    public long openBreaks() {
        return breaks.stream().filter(problem -> !problem.writtenOff()).count();
    }
}
