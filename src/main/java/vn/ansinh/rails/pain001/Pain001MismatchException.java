package vn.ansinh.rails.pain001;

/**
 * What was written disagrees with what the header declared. The file is left without its closing tags, so it is not
 * even well-formed XML and no bank can accept it by mistake.
 */
public final class Pain001MismatchException extends IllegalStateException {

    public Pain001MismatchException(String message) {
        super(message);
    }
}
