package org.workledger.consolidation;

/** A warning of an accepted return, listed next to the ledger (sheet 填报提示). */
public record LedgerNote(String unitName, String fileName, String where, String message, String fix) {
}
