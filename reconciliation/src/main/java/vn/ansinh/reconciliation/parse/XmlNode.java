package vn.ansinh.reconciliation.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small XML subtree (one camt entry, balance or header) read by local names, namespaces ignored. */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {
    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<XmlNode> child(String... path) {
        XmlNode current = this;
        for (String step : path) {
            Optional<XmlNode> next = current.children.stream().filter(c -> c.name.equals(step)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    List<XmlNode> all(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** Trimmed text at the path, empty when the element is absent or blank. */
    Optional<String> text(String... path) {
        return child(path).map(XmlNode::text).map(String::strip).filter(value -> !value.isEmpty());
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
