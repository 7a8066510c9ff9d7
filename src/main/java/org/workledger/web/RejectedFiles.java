package org.workledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.workledger.period.Period;
import org.workledger.returns.RejectionFiles;
import org.workledger.system.Workspace;

/** The 问题清单 and the marked-up 退回修改 copy a run wrote for a rejected return. */
final class RejectedFiles {

	private RejectedFiles() {
	}

	/** What a file of the 退回 folder is, said as a clerk says it: 问题清单.xlsx is 问题清单（Excel）. */
	static String kind(String label) {
		String stem = label.contains(".") ? label.substring(0, label.lastIndexOf('.')) : label;
		String extension = label.contains(".") ? label.substring(label.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
		String type = extension.equals("pdf") ? "PDF" : extension.startsWith("xls") ? "Excel" : extension;
		return switch (stem) {
			case "退回修改" -> "标出问题的原表（" + type + "，可在上面改好后重新报送）";
			default -> stem + (type.isEmpty() ? "" : "（" + type + "）");
		};
	}

	/** Label (e.g. 问题清单.xlsx) and path below output/ of each, empty for a file not rejected. */
	static List<String[]> of(Workspace workspace, ConsoleQueries.TakenIn file) {
		List<String[]> downloads = new ArrayList<>();
		if (!file.rejected() || file.period() == null) {
			return downloads;
		}
		Path rejected = workspace.periodOutput(Period.parse(file.period())).resolve(RejectionFiles.FOLDER);
		String base = RejectionFiles.baseName(file.fileName());
		// where the reports step sets aside what was sent back to a unit that has since sent a return that passed
		for (Path folder : List.of(rejected, rejected.resolve(RejectionFiles.PUT_RIGHT))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(base + "-"))
					.sorted()
					.forEach(p -> downloads.add(new String[] { p.getFileName().toString().substring(base.length() + 1),
							workspace.output().relativize(p).toString() }));
			}
			catch (IOException ex) {
				// nothing to offer: the findings on the page say the same
			}
		}
		return downloads;
	}

}
