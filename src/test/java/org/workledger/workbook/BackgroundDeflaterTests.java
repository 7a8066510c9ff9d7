package org.workledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundDeflaterTests {

	@Test
	void compressesEverythingWrittenAndDescribesIt() throws IOException {
		byte[] text = "工作进展：按计划推进，完成率 80%。\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		BackgroundDeflater deflater = new BackgroundDeflater(compressed);
		deflater.write(text, 0, 1000);
		deflater.write(text[1000]);
		deflater.write(text, 1001, text.length - 1001);
		deflater.close();

		CRC32 crc = new CRC32();
		crc.update(text);
		assertThat(deflater.size()).isEqualTo(text.length);
		assertThat(deflater.crc()).isEqualTo(crc.getValue());
		assertThat(deflater.compressedSize()).isEqualTo(compressed.size()).isLessThan(text.length / 10);
		// left open by a sync flush: an empty final block ends it
		byte[] ended = new byte[] { 3, 0 };
		try (InflaterInputStream in = new InflaterInputStream(new SequenceInputStream(
				new ByteArrayInputStream(compressed.toByteArray()), new ByteArrayInputStream(ended)),
				new Inflater(true))) {
			assertThat(in.readAllBytes()).isEqualTo(text);
		}
	}

	@Test
	void reportsAFailureToWriteTheCompressedData() {
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("磁盘已满");
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw new IOException("磁盘已满");
			}
		};
		BackgroundDeflater deflater = new BackgroundDeflater(full);
		byte[] block = new byte[1 << 16];
		new Random().nextBytes(block);
		assertThatThrownBy(() -> {
			for (int i = 0; i < 1_000; i++) {
				deflater.write(block, 0, block.length);
			}
			deflater.close();
		}).isInstanceOf(IOException.class).hasMessageContaining("磁盘已满");
	}

}
