package org.workledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A sheet's data as {@link BackgroundDeflater} left it in a temporary file: an open raw
 * deflate stream with its CRC and sizes. Read as a stream it inflates (for any caller that
 * wants the XML); {@link #writeEntry} puts it into a zip without inflating it.
 */
final class DeflatedSheetData extends InputStream {

	/** An empty final block: ends a deflate stream that was left open by a sync flush. */
	private static final byte[] END = { 3, 0 };

	private static final String EMPTY = "<sheetData/>";

	private static final String OPEN = "<sheetData>";

	private static final String CLOSE = "</sheetData>";

	private final File file;

	private final long crc;

	private final long size;

	private final long compressedSize;

	private InputStream inflated;

	private Inflater inflater;

	DeflatedSheetData(File file, long crc, long size, long compressedSize) {
		this.file = file;
		this.crc = crc;
		this.size = size;
		this.compressedSize = compressedSize;
	}

	/**
	 * Writes the sheet's zip entry: {@code template} (the sheet part POI made, with an empty
	 * {@code <sheetData>}) with this data inside its {@code <sheetData>}, as POI's own
	 * injection does it.
	 */
	void writeEntry(ZipArchiveOutputStream zip, String name, long time, String template) throws IOException {
		String head;
		String tail;
		int at = template.indexOf("<sheetData");
		if (at < 0) {
			head = template + "<sheetData>\n";
			tail = CLOSE;
		}
		else if (template.startsWith(EMPTY, at)) {
			head = template.substring(0, at) + "<sheetData>\n";
			tail = CLOSE + template.substring(at + EMPTY.length());
		}
		else if (template.startsWith(OPEN, at) && template.indexOf(CLOSE, at) > 0) {
			int close = template.indexOf(CLOSE, at);
			head = template.substring(0, close);
			tail = template.substring(close);
		}
		else {
			throw new IOException("unexpected sheet part " + name + ": " + template.substring(at,
					Math.min(template.length(), at + 40)));
		}
		byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
		byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
		byte[] headDeflated = deflate(headBytes, false);
		byte[] tailDeflated = deflate(tailBytes, true);

		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setTime(time);
		entry.setMethod(ZipEntry.DEFLATED);
		entry.setSize(headBytes.length + this.size + tailBytes.length);
		entry.setCompressedSize(headDeflated.length + this.compressedSize + tailDeflated.length);
		long crc = Crc32Combination.combine(crc(headBytes), this.crc, this.size);
		entry.setCrc(Crc32Combination.combine(crc, crc(tailBytes), tailBytes.length));
		try (InputStream data = new FileInputStream(this.file)) {
			zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(
					List.of(new ByteArrayInputStream(headDeflated), data, new ByteArrayInputStream(tailDeflated)))));
		}
	}

	/** Raw deflate of {@code bytes}: the stream's end when {@code last}, else cut at a sync flush. */
	private static byte[] deflate(byte[] bytes, boolean last) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		try {
			deflater.setInput(bytes);
			if (last) {
				deflater.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (true) {
				int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
				out.write(buffer, 0, n);
				if (last ? deflater.finished() : n < buffer.length) {
					return out.toByteArray();
				}
			}
		}
		finally {
			deflater.end();
		}
	}

	private static long crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

	private InputStream inflated() throws IOException {
		if (this.inflated == null) {
			this.inflater = new Inflater(true);
			this.inflated = new InflaterInputStream(
					new SequenceInputStream(new FileInputStream(this.file), new ByteArrayInputStream(END)),
					this.inflater, 1 << 16);
		}
		return this.inflated;
	}

	@Override
	public int read() throws IOException {
		return inflated().read();
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		return inflated().read(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		if (this.inflated != null) {
			this.inflated.close();
			this.inflater.end();
		}
	}

}
