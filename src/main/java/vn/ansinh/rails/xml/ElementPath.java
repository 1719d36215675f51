package vn.ansinh.rails.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * The local names from the root to the current element. Readers match on local names only, so that the same code
 * reads pain.002.001.03 to .11 whatever the namespace version; structure, not namespace, decides meaning.
 */
public final class ElementPath {

    private final List<String> names = new ArrayList<>();

    void push(String localName) {
        names.add(localName);
    }

    void pop() {
        names.removeLast();
    }

    public int depth() {
        return names.size();
    }

    public String current() {
        return names.getLast();
    }

    /** True when the innermost names are exactly {@code tail}, outermost first. */
    public boolean endsWith(String... tail) {
        if (tail.length > names.size()) {
            return false;
        }
        int offset = names.size() - tail.length;
        for (int index = 0; index < tail.length; index++) {
            if (!names.get(offset + index).equals(tail[index])) {
                return false;
            }
        }
        return true;
    }

    /** The name at a depth counted from the root (0 is the root). */
    public String at(int depth) {
        return names.get(depth);
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }
}
