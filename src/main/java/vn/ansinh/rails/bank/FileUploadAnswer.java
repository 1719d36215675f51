package vn.ansinh.rails.bank;

import java.util.Objects;

/** What a bank said to a payment file upload. */
public sealed interface FileUploadAnswer {

    /** Taken for processing under the bank's file reference; the same message id again gets the same reference. */
    record Accepted(String fileRef) implements FileUploadAnswer {
        public Accepted {
            Objects.requireNonNull(fileRef, "fileRef");
        }
    }

    /** Refused as a whole (schema, rules, message id reused with other totals); sending it again cannot help. */
    record Refused(String code, String detail) implements FileUploadAnswer {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** No usable answer; the bank may have the file, and is idempotent on its message id. */
    record NoAnswer(String why) implements FileUploadAnswer {
        public NoAnswer {
            Objects.requireNonNull(why, "why");
        }
    }
}
