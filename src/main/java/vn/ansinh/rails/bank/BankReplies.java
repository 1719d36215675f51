package vn.ansinh.rails.bank;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.rails.reason.ReasonCode;

/** What each bank reply means for the rails; pure, so every status code's meaning is in one place. */
final class BankReplies {

    static final int DETAIL_LENGTH_MAX = 300;

    private BankReplies() {
    }

    /** An instant transfer's answer: 200 decided; on a query, 404 NOT_FOUND means never received. */
    static InstantAnswer instant(BankReply reply, String endToEndId, boolean query) {
        if (reply.status() == 200) {
            return decided(reply, endToEndId);
        }
        if (query && reply.status() == 404 && reply.text("code").equals("NOT_FOUND")) {
            return new InstantAnswer.NotReceived();
        }
        if (reply.status() >= 400 && reply.status() < 500) {
            return new InstantAnswer.Refused(code(reply), detail(reply));
        }
        return new InstantAnswer.NoAnswer("unexpected status " + reply.status());
    }

    static FileUploadAnswer upload(BankReply reply) {
        String fileRef = reply.text("fileId");
        if (reply.status() / 100 == 2 && !fileRef.isEmpty()) {
            return new FileUploadAnswer.Accepted(fileRef);
        }
        if (reply.status() >= 400 && reply.status() < 500) {
            return new FileUploadAnswer.Refused(code(reply), detail(reply));
        }
        return new FileUploadAnswer.NoAnswer("unexpected status " + reply.status() + " without a file id");
    }

    static FileStatusAnswer fileStatus(BankReply reply, Path report) {
        return switch (reply.status()) {
            case 200 -> new FileStatusAnswer.Ready(report);
            case 202 -> new FileStatusAnswer.Processing();
            case 404 -> new FileStatusAnswer.UnknownFile();
            default -> new FileStatusAnswer.NoAnswer("unexpected status " + reply.status());
        };
    }

    static NotificationsAnswer notifications(BankReply reply, Path document) {
        return switch (reply.status()) {
            case 200 -> new NotificationsAnswer.Page(document, sequence(reply.lastSequence()),
                    !reply.lastPage().map(text -> text.equals("false")).orElse(false));
            case 204 -> new NotificationsAnswer.None();
            default -> new NotificationsAnswer.NoAnswer("unexpected status " + reply.status());
        };
    }

    static String describe(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return cut(text);
    }

    private static InstantAnswer decided(BankReply reply, String endToEndId) {
        if (reply.json().isEmpty() || !reply.text("endToEndId").equals(endToEndId)) {
            return new InstantAnswer.NoAnswer("200 without an answer about " + endToEndId);
        }
        String status = reply.text("status");
        if (status.isEmpty()) {
            return new InstantAnswer.NoAnswer("200 without a status");
        }
        try {
            return new InstantAnswer.Decided(status, optional(reply.json().get(), "reasonCode").map(ReasonCode::of),
                    optional(reply.json().get(), "bankReference"));
        } catch (IllegalArgumentException unreadable) {
            return new InstantAnswer.NoAnswer("unreadable reason code: " + cut(unreadable.getMessage()));
        }
    }

    private static Optional<String> optional(JsonObject json, String field) {
        Object value = json.getValue(field);
        return value instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    private static OptionalLong sequence(Optional<String> header) {
        try {
            return header.map(text -> OptionalLong.of(Long.parseLong(text.strip()))).orElse(OptionalLong.empty());
        } catch (NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    private static String code(BankReply reply) {
        String code = reply.text("code");
        return code.isEmpty() ? "HTTP_" + reply.status() : cut(code);
    }

    private static String detail(BankReply reply) {
        String detail = reply.text("detail");
        return cut(detail.isEmpty() ? "status " + reply.status() : detail);
    }

    private static String cut(String text) {
        return text.length() <= DETAIL_LENGTH_MAX ? text : text.substring(0, DETAIL_LENGTH_MAX);
    }
}
