package vn.ansinh.beneficiary.intake.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;

/**
 * Rows of a JSON array of objects, streamed token by token with Jackson's JsonParser. Object keys are matched
 * like column headers; the first object's keys act as the header, so a file that never names a required field is
 * refused with MISSING_COLUMN rather than yielding a million rows each missing it. A row number is the object's
 * 1-based position in the array.
 */
final class JsonRowSource implements RowSource {

    /**
     * An array of flat objects is two levels deep; keys we ignore may hold small nested values, but a document
     * nested deeper than this is an attack on the parser and is refused early.
     */
    private static final int NESTING_DEPTH_MAX = 8;
    private static final int NUMBER_CHARS_MAX = 40;

    private final String fileName;
    private final IntakeLimits limits;
    private final JsonParser parser;
    private Optional<RawRow> pending;
    private long objectCount;

    JsonRowSource(Path file, String fileName, IntakeLimits limits) throws IOException {
        this.fileName = fileName;
        this.limits = limits;
        Reader reader = StrictUtf8.open(file);
        try {
            this.parser = factory(limits).createParser(reader);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.UNSUPPORTED_FORMAT, fileName,
                        "a JSON list must be an array of objects"));
            }
            this.pending = readObject();
            requireHeader();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof IntakeFileException refusal ? refusal : refusalOf(e);
        }
    }

    @Override
    public Optional<RawRow> nextRaw() {
        if (pending.isPresent()) {
            Optional<RawRow> first = pending;
            pending = Optional.empty();
            return first;
        }
        try {
            return readObject();
        } catch (IOException e) {
            throw refusalOf(e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // Closing a file we only read loses nothing.
        }
    }

    private static JsonFactory factory(IntakeLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.cellCharsMax())
                        .maxNestingDepth(NESTING_DEPTH_MAX)
                        .maxNumberLength(NUMBER_CHARS_MAX)
                        .build())
                .build();
    }

    /** The first object's keys must name every required field, like a CSV header. */
    private void requireHeader() {
        if (pending.isEmpty()) {
            throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.EMPTY_FILE, fileName,
                    "the JSON array is empty"));
        }
        List<String> keys = pending.get().values().keySet().stream().map(IntakeField::columnName).toList();
        HeaderMap.recognise(keys, fileName, 1, limits.columnsMax())
                .orElseThrow(() -> HeaderMap.noHeader(fileName, true));
    }

    private Optional<RawRow> readObject() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
                throw malformed(objectCount, "text after the end of the array");
            }
            return Optional.empty();
        }
        objectCount++;
        if (token != JsonToken.START_OBJECT) {
            throw malformed(objectCount, "each element of the array must be an object");
        }
        Map<IntakeField, RawValue> values = new EnumMap<>(IntakeField.class);
        for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            Optional<IntakeField> field = IntakeField.forHeader(parser.currentName());
            JsonToken valueToken = parser.nextToken();
            if (field.isEmpty()) {
                parser.skipChildren();
            } else if (values.put(field.get(), valueOf(valueToken, field.get())) != null) {
                throw new IntakeFileException(FileProblem.atCell(FileProblemCode.DUPLICATE_COLUMN, fileName,
                        objectCount, field.get(), "two keys of the object name " + field.get().columnName()));
            }
        }
        return Optional.of(new RawRow(objectCount, values));
    }

    private RawValue valueOf(JsonToken token, IntakeField field) throws IOException {
        return switch (token) {
            case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> RawValue.text(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> RawValue.number(parser.getText());
            case VALUE_NULL -> RawValue.BLANK;
            default -> throw new IntakeFileException(FileProblem.atCell(FileProblemCode.MALFORMED, fileName,
                    objectCount, field, "the value must be text or a number, not " + token));
        };
    }

    private IntakeFileException malformed(long row, String detail) {
        return new IntakeFileException(FileProblem.atRow(FileProblemCode.MALFORMED, fileName, Math.max(row, 1),
                detail));
    }

    private IntakeFileException refusalOf(Exception e) {
        long nearRow = Math.max(objectCount, 1);
        if (e instanceof StreamConstraintsException) {
            return new IntakeFileException(FileProblem.atRow(FileProblemCode.TOO_LARGE, fileName, nearRow,
                    "a value or nesting beyond the limits: " + e.getMessage()), e);
        }
        return ReadFailures.refusal(e, fileName, nearRow);
    }
}
