package vn.ansinh.iso8583.acquirer;

import java.util.List;
import java.util.TreeMap;
import vn.ansinh.iso8583.BitmapLayout;
import vn.ansinh.iso8583.Iso8583Message;

/** Builds a response from its request: the response MTI, the echoed fields, and DE39. */
public final class Responses {
    /** Fields a response repeats so the terminal can match it to its request. */
    private static final List<Integer> ECHOED = List.of(3, 4, 7, 11, 12, 13, 32, 37, 41, 42, 49, 70, 90);

    private Responses() {
    }

    /** 0200 → 0210, 0401 → 0410, 0421 → 0430: the class digit plus one, the origin digit zero. */
    public static String responseMti(String requestMti) {
        return requestMti.substring(0, 2) + (char) (requestMti.charAt(2) + 1) + "0";
    }

    public static Iso8583Message to(Iso8583Message request, ResponseCode code) {
        return new Iso8583Message(responseMti(request.mti()), echoed(request, code), BitmapLayout.COMPACT);
    }

    public static Iso8583Message approved(Iso8583Message request, String approvalCode) {
        TreeMap<Integer, String> fields = echoed(request, ResponseCode.APPROVED);
        fields.put(38, approvalCode);
        return new Iso8583Message(responseMti(request.mti()), fields, BitmapLayout.COMPACT);
    }

    /** Built in one map: each response is made once per request, on the host's hot path. */
    private static TreeMap<Integer, String> echoed(Iso8583Message request, ResponseCode code) {
        TreeMap<Integer, String> fields = new TreeMap<>();
        for (int field : ECHOED) {
            String value = request.fields().get(field);
            if (value != null) {
                fields.put(field, value);
            }
        }
        fields.put(39, code.code());
        return fields;
    }
}
