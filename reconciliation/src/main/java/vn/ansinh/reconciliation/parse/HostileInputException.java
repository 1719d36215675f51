package vn.ansinh.reconciliation.parse;

/** Input refused because it could attack the parser: DOCTYPE, entities, or a limit exceeded. */
final class HostileInputException extends StatementParseException {
    HostileInputException(String position, String message) {
        super(position, message);
    }
}
