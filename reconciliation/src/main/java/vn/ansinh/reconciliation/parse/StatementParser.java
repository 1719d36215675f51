package vn.ansinh.reconciliation.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import vn.ansinh.reconciliation.model.StatementFormat;

/**
 * Entry point: detects the format from content and parses camt.052/053/054 (streamed), MT940/MT942 or CSV into
 * one model. Entries go to the sink as they are read; the outcome carries each statement's summary or the refusal.
 */
public final class StatementParser {
    private final ParseOptions options;

    public StatementParser(ParseOptions options) {
        this.options = options;
    }

    public ParseOutcome parse(Path file, EntrySink sink) {
        try (InputStream input = Files.newInputStream(file)) {
            return parse(input, file.getFileName().toString(), sink);
        } catch (IOException unreadable) {
            return new ParseOutcome.Refused(ParseOutcome.RefusalKind.UNREADABLE, file.toString(),
                    "cannot read file: " + unreadable.getMessage());
        }
    }

    /** {@code sourceName} becomes the statement id of formats that carry none (CSV). */
    public ParseOutcome parse(InputStream raw, String sourceName, EntrySink sink) {
        BufferedInputStream input = new BufferedInputStream(new BoundedInputStream(raw, options.limits().bytesMax()));
        try {
            input.mark(FormatDetector.PEEK_BYTES_MAX);
            byte[] head = input.readNBytes(FormatDetector.PEEK_BYTES_MAX);
            input.reset();
            Optional<FormatDetector.Syntax> syntax = FormatDetector.detect(head, head.length,
                    options.csvMapping().isPresent());
            if (syntax.isEmpty()) {
                return new ParseOutcome.Refused(ParseOutcome.RefusalKind.UNKNOWN_FORMAT, "byte 0",
                        "content is neither ISO 20022 XML nor SWIFT MT940/942; CSV needs a column mapping");
            }
            return switch (syntax.get()) {
                case XML -> parseXml(input, sink);
                case SWIFT_MT -> new Mt940Parser(options.limits(), options.accountCurrency())
                        .parse(readText(input), sink);
                case CSV -> new CsvStatementParser(options.limits(), options.csvMapping().orElseThrow())
                        .parse(readText(input), sourceName, sink);
            };
        } catch (StatementParseException refused) {
            return new ParseOutcome.Refused(kindOf(refused), refused.position(), refused.getMessage());
        } catch (BoundedInputStream.OversizedInputException oversized) {
            return new ParseOutcome.Refused(ParseOutcome.RefusalKind.HOSTILE_OR_OVERSIZED, "byte "
                    + options.limits().bytesMax(), oversized.getMessage());
        } catch (IOException unreadable) {
            return new ParseOutcome.Refused(ParseOutcome.RefusalKind.UNREADABLE, "unknown position",
                    "read failed: " + unreadable.getMessage());
        } catch (ArithmeticException overflow) {
            return new ParseOutcome.Refused(ParseOutcome.RefusalKind.HOSTILE_OR_OVERSIZED, "totals",
                    "amounts overflow 64-bit minor units: " + overflow.getMessage());
        }
    }

    private ParseOutcome parseXml(InputStream input, EntrySink sink) throws StatementParseException, IOException {
        try {
            CamtStreamParser.ParsedCamt parsed = new CamtStreamParser(options.limits()).parse(input, sink);
            return new ParseOutcome.Parsed(parsed.kind().format, parsed.statements());
        } catch (XMLStreamException malformed) {
            if (malformed.getNestedException() instanceof BoundedInputStream.OversizedInputException oversized) {
                throw oversized;
            }
            String message = malformed.getMessage() == null ? "malformed XML" : malformed.getMessage();
            String position = malformed.getLocation() == null ? "unknown position" : Positions.of(malformed.getLocation());
            throw new StatementParseException(position, message.replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message: ",
                    ""));
        }
    }

    private String readText(InputStream input) throws IOException, StatementParseException {
        byte[] bytes = input.readNBytes(options.limits().wholeFileBytesMax() + 1);
        if (bytes.length > options.limits().wholeFileBytesMax()) {
            throw new HostileInputException("byte " + options.limits().wholeFileBytesMax(),
                    "text statement larger than wholeFileBytesMax=" + options.limits().wholeFileBytesMax());
        }
        return TextDecoding.decode(bytes);
    }

    private static ParseOutcome.RefusalKind kindOf(StatementParseException refused) {
        if (refused instanceof NotAStatementException) {
            return ParseOutcome.RefusalKind.NOT_A_STATEMENT;
        }
        if (refused instanceof HostileInputException) {
            return ParseOutcome.RefusalKind.HOSTILE_OR_OVERSIZED;
        }
        return ParseOutcome.RefusalKind.MALFORMED;
    }

    /** The format a successful parse reports, for callers that only hold the outcome. */
    public static Optional<StatementFormat> formatOf(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Parsed parsed -> Optional.of(parsed.format());
            case ParseOutcome.Refused refused -> Optional.empty();
        };
    }
}
