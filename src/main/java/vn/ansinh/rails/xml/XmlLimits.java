package vn.ansinh.rails.xml;

/**
 * Explicit limits on an incoming XML file. The defaults fit 2,000,000 transaction statuses with room to spare while
 * refusing anything built to exhaust memory.
 *
 * @param bytesMax           size of the whole file
 * @param depthMax           element nesting; ISO 20022 messages stay under 20
 * @param textCharactersMax  text in one element; ISO 20022 texts are at most 350 characters
 * @param itemsMax           transactions (statuses, returns) in one file
 * @param reasonsPerItemMax  reason blocks and additional-information lines per item
 */
public record XmlLimits(long bytesMax, int depthMax, int textCharactersMax, long itemsMax, int reasonsPerItemMax) {

    public static final XmlLimits DEFAULT = new XmlLimits(2L * 1024 * 1024 * 1024, 40, 4_096, 2_000_000, 20);

    public XmlLimits {
        if (bytesMax <= 0 || depthMax <= 0 || textCharactersMax <= 0 || itemsMax <= 0 || reasonsPerItemMax <= 0) {
            throw new IllegalArgumentException("every XML limit is positive");
        }
    }
}
