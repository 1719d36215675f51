package vn.ansinh.iso8583.acquirer;

import vn.ansinh.iso8583.Iso8583Message;

/** Answers 0800 by DE70: 001 sign-on, 002 sign-off, 201 cutover and 301 echo test are acknowledged with 00. */
final class NetworkManagement {
    private NetworkManagement() {
    }

    static Iso8583Message answer(Iso8583Message request) {
        return switch (request.field(70).orElse("")) {
            case "001", "002", "201", "301" -> Responses.to(request, ResponseCode.APPROVED);
            case "" -> Responses.to(request, ResponseCode.FORMAT_ERROR);
            default -> Responses.to(request, ResponseCode.INVALID_TRANSACTION);
        };
    }
}
