package vn.ansinh.rails.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates a file against a shipped ISO 20022 XSD while streaming it, so a 1,000,000-transaction file needs no
 * more memory than a small one. Schemas are compiled once and cached (a compiled Schema is thread-safe); secure
 * processing is on and a DOCTYPE is refused by the parser itself.
 */
public final class SchemaValidator {

    public static final int PROBLEMS_MAX = 20;
    private static final Map<IsoSchema, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    public static SchemaVerdict validate(IsoSchema schema, InputStream input) {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = SCHEMAS.computeIfAbsent(schema, SchemaValidator::compile).newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new SAXSource(hardenedReader(), new InputSource(input)));
        } catch (StopValidation stop) {
            // The collector has enough problems to act on; reading further only costs time.
        } catch (SAXParseException fatal) {
            add(problems, fatal);
        } catch (SAXException failure) {
            problems.add(failure.getMessage());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the file to validate", failure);
        }
        return problems.isEmpty() ? new SchemaVerdict.Valid() : new SchemaVerdict.Invalid(problems);
    }

    private static Schema compile(IsoSchema schema) {
        URL resource = Objects.requireNonNull(SchemaValidator.class.getResource(schema.resource()),
                () -> "XSD missing from the classpath: " + schema.resource());
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(resource);
        } catch (SAXException failure) {
            throw new IllegalStateException("shipped XSD " + schema.resource() + " does not compile", failure);
        }
    }

    private static XMLReader hardenedReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException failure) {
            throw new IllegalStateException("the JDK's SAX parser lacks a hardening feature", failure);
        }
    }

    private static void add(List<String> problems, SAXParseException problem) {
        problems.add("line " + problem.getLineNumber() + ", column " + problem.getColumnNumber() + ": "
                + problem.getMessage());
    }

    /** Collects errors up to the limit; warnings are not problems. */
    private record Collector(List<String> problems) implements ErrorHandler {

        @Override
        public void warning(SAXParseException warning) {
            // A warning (an unusual but valid construct) does not make a payment file wrong.
        }

        @Override
        public void error(SAXParseException error) {
            add(problems, error);
            if (problems.size() >= PROBLEMS_MAX) {
                throw new StopValidation();
            }
        }

        @Override
        public void fatalError(SAXParseException fatal) throws SAXParseException {
            throw fatal;
        }
    }

    /** Thrown from the error handler to end validation once enough problems are known. */
    private static final class StopValidation extends RuntimeException {
        StopValidation() {
            super(null, null, false, false);
        }
    }
}
