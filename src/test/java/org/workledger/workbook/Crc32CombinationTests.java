package org.workledger.workbook;

import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Crc32CombinationTests {

	@Test
	void combinesTwoChecksumsIntoTheChecksumOfTheJoinedBytes() {
		Random random = new Random(7);
		for (int i = 0; i < 100; i++) {
			byte[] a = new byte[random.nextInt(5_000)];
			byte[] b = new byte[i % 10 == 0 ? 0 : random.nextInt(300_000)];
			random.nextBytes(a);
			random.nextBytes(b);
			CRC32 joined = new CRC32();
			joined.update(a);
			joined.update(b);
			assertThat(Crc32Combination.combine(crc(a), crc(b), b.length)).isEqualTo(joined.getValue());
		}
	}

	private static long crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

}
