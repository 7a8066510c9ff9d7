package org.workledger.returns;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a file just copied into {@code input/} is whole: a copy writes from the first
 * byte to the last, and only a whole .xlsx ends with its zip's end record (a copy that
 * sets the full size first leaves zeros there); a whole .xls is a whole number of 512-byte
 * sectors. Anything else is not judged here and waits its settle time.
 */
final class CompleteWorkbook {

	/** The zip end record and the longest comment it may carry. */
	private static final int TAIL = 22 + 65535;

	private CompleteWorkbook() {
	}

	static boolean looksWhole(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer head = ByteBuffer.allocate(4);
			channel.read(head, 0);
			byte[] magic = head.array();
			if (magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
				int length = (int) Math.min(size, TAIL);
				ByteBuffer tail = ByteBuffer.allocate(length);
				channel.read(tail, size - length);
				byte[] bytes = tail.array();
				for (int i = length - 22; i >= 0; i--) {
					if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
						return true;
					}
				}
				return false;
			}
			boolean ole2 = (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF && (magic[2] & 0xff) == 0x11
					&& (magic[3] & 0xff) == 0xE0;
			return ole2 && size % 512 == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
