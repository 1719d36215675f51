package vn.ansinh.rails.xml;

import java.util.List;

/** The outcome of validating one file against its XSD. */
public sealed interface SchemaVerdict {

    record Valid() implements SchemaVerdict {
    }

    /** The first problems found, each with its line and column; at most {@link SchemaValidator#PROBLEMS_MAX}. */
    record Invalid(List<String> problems) implements SchemaVerdict {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid verdict names at least one problem");
            }
        }
    }
}
