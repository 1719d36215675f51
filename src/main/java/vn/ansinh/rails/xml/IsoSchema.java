package vn.ansinh.rails.xml;

/** The ISO 20022 message versions whose XSDs ship under {@code rails/xsd} (from moov-io/iso20022, Apache-2.0). */
public enum IsoSchema {
    PAIN_001_001_10("pain.001.001.10"),
    PAIN_002_001_11("pain.002.001.11"),
    PACS_004_001_10("pacs.004.001.10"),
    CAMT_054_001_08("camt.054.001.08");

    private final String messageName;

    IsoSchema(String messageName) {
        this.messageName = messageName;
    }

    public String messageName() {
        return messageName;
    }

    public String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:" + messageName;
    }

    String resource() {
        return "/rails/xsd/" + messageName + ".xsd";
    }
}
