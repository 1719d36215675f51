package vn.ansinh.iso8583.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import vn.ansinh.iso8583.BitmapLayout;
import vn.ansinh.iso8583.Iso8583Message;

/** The JSON shape of a message on the command line: {"mti": "0200", "fields": {"3": "000000", ...}}. */
final class MessageJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {
    }

    static String write(Iso8583Message message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("mti", message.mti());
        ObjectNode fields = root.putObject("fields");
        message.fields().forEach((number, value) -> fields.put(Integer.toString(number), value));
        if (message.layout() == BitmapLayout.SECONDARY_ALWAYS) {
            root.put("layout", message.layout().name());
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException naming what is wrong with the JSON */
    static Iso8583Message read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("mti").isTextual() || !root.path("fields").isObject()) {
            throw new IllegalArgumentException("expected {\"mti\": \"0200\", \"fields\": {\"3\": \"000000\", ...}}");
        }
        TreeMap<Integer, String> fields = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().matches("[0-9]{1,3}") || !field.getValue().isTextual()) {
                throw new IllegalArgumentException("field '" + field.getKey() + "' must be a number with a text value");
            }
            fields.put(Integer.parseInt(field.getKey()), field.getValue().asText());
        }
        BitmapLayout layout = BitmapLayout.valueOf(root.path("layout").asText(BitmapLayout.COMPACT.name()));
        return new Iso8583Message(root.get("mti").asText(), fields, layout);
    }
}
