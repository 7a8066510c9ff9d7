package org.workledger.reference;

/** Which file a reference table was read from, so reports and findings can name it. */
public record ReferenceSource(String kind, String title, String fileName, String sheetName, String sha256) {
}
