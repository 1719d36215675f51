package vn.ansinh.iso8583;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.jpos.iso.packager.GenericPackager;
import vn.ansinh.iso8583.dialect.DialectField;
import vn.ansinh.iso8583.dialect.FieldContent;
import vn.ansinh.iso8583.dialect.LengthPrefix;
import vn.ansinh.iso8583.dialect.MessageProfile;

/** Makes random messages of our dialect from the packager XML itself, so the generator follows the dialect. */
final class RandomMessages {
    private static final int VARIABLE_LENGTH_MAX = 40;
    private static final GenericPackager PACKAGER = load();

    private RandomMessages() {
    }

    static Iso8583Message of(Random random) {
        List<String> mtis = new ArrayList<>(MessageProfile.supportedMtis());
        String mti = mtis.get(random.nextInt(mtis.size()));
        MessageProfile profile = MessageProfile.of(mti).orElseThrow();
        TreeMap<Integer, String> fields = new TreeMap<>();
        for (int field = 2; field <= 128; field++) {
            boolean wanted = profile.mandatory().contains(field) || random.nextInt(8) == 0;
            if (field != 65 && wanted && !profile.forbidden().contains(field)) {
                fields.put(field, value((DialectField) PACKAGER.getFieldPackager(field), random));
            }
        }
        BitmapLayout layout = random.nextBoolean() ? BitmapLayout.COMPACT : BitmapLayout.SECONDARY_ALWAYS;
        return new Iso8583Message(mti, fields, layout);
    }

    private static String value(DialectField field, Random random) {
        int length = field.lengthPrefix() == LengthPrefix.FIXED ? field.getLength()
                : random.nextInt(Math.min(field.getLength(), VARIABLE_LENGTH_MAX) + 1);
        return switch (field.content()) {
            case NUMERIC -> chars(random, length, "0123456789");
            case ALPHANUMERIC -> chars(random, length, "ABCXYZabcxyz0189 ");
            case TEXT -> chars(random, length, " !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~");
            case SIGNED_AMOUNT -> chars(random, 1, "CD") + chars(random, length - 1, "0123456789");
            case HEX -> chars(random, length, "0123456789ABCDEF");
            case TRACK -> chars(random, length, "0123456789ABCDEF=");
            case MONTH_DAY -> monthDay(random);
            case YEAR_MONTH -> String.format("%02d%02d", random.nextInt(100), 1 + random.nextInt(12));
            case MONTH_DAY_TIME -> monthDay(random) + time(random);
            case TIME -> time(random);
            case YEAR_MONTH_DAY -> String.format("%02d", random.nextInt(100)) + monthDay(random);
        };
    }

    private static String monthDay(Random random) {
        return String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String time(Random random) {
        return String.format("%02d%02d%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
    }

    private static String chars(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static GenericPackager load() {
        try (InputStream xml = RandomMessages.class.getResourceAsStream(Iso8583Codec.DIALECT_RESOURCE)) {
            return new GenericPackager(xml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
