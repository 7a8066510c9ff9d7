package org.workledger.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.workledger.system.FileNames;

/**
 * The files written for a rejected return in a period's {@code 退回/}: its 问题清单, its
 * marked-up copy and its 退回通知, all named from the return's own name, and the two folders
 * below where they are kept on file once they no longer go back to the unit.
 */
public final class RejectionFiles {

	/** Subfolder of the period's output with everything about rejected returns. */
	public static final String FOLDER = "退回";

	/** Below {@link #FOLDER}: the files of a return a second look under new tables took. */
	public static final String ACCEPTED_ON_RECHECK = "重新核对后已接收";

	/** Below {@link #FOLDER}: the files of a return its unit has since answered with one that passed. */
	public static final String PUT_RIGHT = "已重新报送并通过";

	/** What follows the stem in each file's name. */
	private static final List<String> SUFFIXES = List.of("-问题清单.xlsx", "-退回修改.xlsx", "-退回修改.xls", "-退回修改.xlsm",
			"-退回通知.pdf");

	private RejectionFiles() {
	}

	/** The stem of the files written for a rejected input file (its 问题清单, 退回修改 copy, notice). */
	public static String baseName(String name) {
		String withoutExtension = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		return FileNames.safe(withoutExtension.replace('/', '_'));
	}

	/**
	 * Moves the files of the rejected return {@code fileName} that are in {@code rejected}
	 * (a period's 退回/) to its subfolder {@code kept}; the names of those that could not be
	 * moved are said on the terminal. Returns how many were moved.
	 */
	public static int setAside(Path rejected, String fileName, String kept) {
		String base = baseName(fileName);
		int moved = 0;
		for (String suffix : SUFFIXES) {
			Path file = rejected.resolve(base + suffix);
			if (!Files.isRegularFile(file)) {
				continue;
			}
			try {
				Path aside = Files.createDirectories(rejected.resolve(kept));
				Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				moved++;
			}
			catch (IOException ex) {
				org.workledger.system.Console.warn(String.format("  （无法把 %s 移到 %s/%s/：%s）", file.getFileName(), FOLDER,
						kept, ex.getMessage()));
			}
		}
		return moved;
	}

}
