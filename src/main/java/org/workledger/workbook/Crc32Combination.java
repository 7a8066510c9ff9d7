package org.workledger.workbook;

/**
 * The CRC-32 of two byte sequences joined, from the CRC-32 of each and the length of the
 * second, without reading the bytes again (zlib's {@code crc32_combine}; the JDK has no
 * equivalent). Used where a zip entry is put together from pieces compressed at different
 * times.
 */
final class Crc32Combination {

	/** The CRC-32 polynomial, bit-reflected. */
	private static final int POLYNOMIAL = 0xEDB88320;

	/** x^(2^k) modulo the polynomial, for k = 0..31. */
	private static final int[] X_TO_2_TO_K = new int[32];

	static {
		int p = 1 << 30; // x^1
		X_TO_2_TO_K[0] = p;
		for (int k = 1; k < 32; k++) {
			p = multiply(p, p);
			X_TO_2_TO_K[k] = p;
		}
	}

	private Crc32Combination() {
	}

	/** CRC-32 of A followed by B, given crc(A), crc(B) and the length of B in bytes. */
	static long combine(long crcA, long crcB, long lengthB) {
		return (multiply(xToThe8n(lengthB), (int) crcA) ^ (int) crcB) & 0xFFFFFFFFL;
	}

	/** a × b modulo the polynomial, both in the reflected representation. */
	private static int multiply(int a, int b) {
		int m = 1 << 31;
		int p = 0;
		while (true) {
			if ((a & m) != 0) {
				p ^= b;
				if ((a & (m - 1)) == 0) {
					break;
				}
			}
			m >>>= 1;
			b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
		}
		return p;
	}

	/** x^(8n) modulo the polynomial: appending n zero bytes. */
	private static int xToThe8n(long n) {
		int p = 1 << 31; // x^0
		int k = 3;
		while (n != 0) {
			if ((n & 1) != 0) {
				p = multiply(X_TO_2_TO_K[k & 31], p);
			}
			n >>>= 1;
			k++;
		}
		return p;
	}

}
