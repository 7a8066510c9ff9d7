package org.workledger.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every file workledger writes goes to a hidden {@code .name.….tmp} first and is then
 * moved into place. A run killed half-way can leave such a file; the next run removes it.
 */
public final class TempFiles {

	private TempFiles() {
	}

	public static void removeLeftovers(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> leftovers = files.filter(Files::isRegularFile).filter(TempFiles::isOurs).toList();
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		}
		catch (IOException ex) {
			Console.warn("无法清理临时文件：" + ex.getMessage());
		}
	}

	static boolean isOurs(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(".tmp");
	}

}
