package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small XML subtree (a camt balance, account, summary or group header) read by local names, namespaces ignored. */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {
    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<XmlNode> child(String... path) {
        XmlNode current = this;
        for (String step : path) {
            current = current.first(step);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    List<XmlNode> all(String name) {
        List<XmlNode> named = new ArrayList<>(1);
        for (XmlNode child : children) {
            if (child.name.equals(name)) {
                named.add(child);
            }
        }
        return named;
    }

    /** Plain loops rather than streams: these lookups run some twenty times for each of a million entries. */
    private XmlNode first(String name) {
        for (XmlNode child : children) {
            if (child.name.equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** Trimmed text at the path, empty when the element is absent or blank. */
    Optional<String> text(String... path) {
        return child(path).map(XmlNode::text).map(String::strip).filter(value -> !value.isEmpty());
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
