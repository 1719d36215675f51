package vn.ansinh.rails.bank;

import java.nio.file.Path;
import java.util.Objects;

/** What a bank said when asked for the status report of a file it accepted. */
public sealed interface FileStatusAnswer {

    /** Still processing; ask again later. */
    record Processing() implements FileStatusAnswer {
    }

    /** The pain.002 status report, downloaded to {@code report}; the caller reads it and deletes it. */
    record Ready(Path report) implements FileStatusAnswer {
        public Ready {
            Objects.requireNonNull(report, "report");
        }
    }

    /** The bank does not know the file reference. */
    record UnknownFile() implements FileStatusAnswer {
    }

    record NoAnswer(String why) implements FileStatusAnswer {
        public NoAnswer {
            Objects.requireNonNull(why, "why");
        }
    }
}
