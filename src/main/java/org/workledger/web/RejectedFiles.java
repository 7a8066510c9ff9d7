package org.workledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.workledger.period.Period;
import org.workledger.returns.IntakeItemWriter;
import org.workledger.system.Workspace;

/** The 问题清单 and the marked-up 退回修改 copy a run wrote for a rejected return. */
final class RejectedFiles {

	private RejectedFiles() {
	}

	/** Label (e.g. 问题清单.xlsx) and path below output/ of each, empty for a file not rejected. */
	static List<String[]> of(Workspace workspace, ConsoleQueries.TakenIn file) {
		List<String[]> downloads = new ArrayList<>();
		if (!file.rejected() || file.period() == null) {
			return downloads;
		}
		Path folder = workspace.periodOutput(Period.parse(file.period())).resolve("退回");
		if (!Files.isDirectory(folder)) {
			return downloads;
		}
		String base = IntakeItemWriter.baseName(file.fileName());
		try (Stream<Path> list = Files.list(folder)) {
			list.filter(p -> p.getFileName().toString().startsWith(base + "-"))
				.sorted()
				.forEach(p -> downloads.add(new String[] { p.getFileName().toString().substring(base.length() + 1),
						workspace.output().relativize(p).toString() }));
		}
		catch (IOException ex) {
			// nothing to offer: the findings on the page say the same
		}
		return downloads;
	}

}
