package org.workledger.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.workledger.period.Period;
import org.workledger.system.PropertiesFiles;
import org.workledger.system.Workspace;

/**
 * What the latest completed consolidate run took in and wrote, kept in
 * {@code data/last-consolidation.properties}, so that a rerun with nothing new (no new or
 * changed file in {@code input/}, the same as-of day, templates, settings and program, its
 * results untouched) can say so and keep them instead of rebuilding the same ledger and
 * PDFs. Only the latest run is kept: a run of another period may change what this one's
 * reports show (trends, late returns), so after it everything is built again.
 *
 * <p>
 * A run forgets the record as it starts, and writes it only when it completed having taken
 * in everything (no file left waiting because it was still being copied, no e-mail that
 * failed): a run that was killed, failed or left work for the next one is never reused.
 */
public final class LastConsolidation {

	static final String FILE = "last-consolidation.properties";

	private static final String INPUT = "in.";

	private static final String OUTPUT = "out.";

	private static final String SUMMARY = "summary.";

	private final Workspace workspace;

	private final Path file;

	public LastConsolidation(Workspace workspace) {
		this.workspace = workspace;
		this.file = workspace.data().resolve(FILE);
	}

	/** A run that can be kept as it is: when it ran and what it printed then. */
	public record Reusable(long runId, LocalDateTime finishedAt, List<String> summary) {

		/** What the clerk is told instead of a run: nothing changed, here is what the last one said. */
		public List<String> lines(Period period, java.time.LocalDate asOf) {
			List<String> lines = new ArrayList<>();
			lines.add(period.label() + "：自上次汇总（运行编号 " + this.runId + "，"
					+ this.finishedAt.toString().replace('T', ' ') + " 完成）以来，input 文件夹中没有新的或改动过的文件，统计截止日（"
					+ asOf + "）、报告模板和设置也都没有变化：上次的汇总台账和报告仍是最新的，不再重新生成。");
			lines.add("上次汇总的结果：");
			this.summary.stream()
				.filter(line -> !line.startsWith("开始汇总") && !line.startsWith("结束："))
				.forEach(lines::add);
			return lines;
		}

	}

	/** Empty unless the latest run was of the same inputs and its results are still as it left them. */
	public Optional<Reusable> reusable(RunInputs inputs) {
		SortedMap<String, String> saved = PropertiesFiles.read(this.file);
		if (!section(saved, INPUT).equals(inputs.entries())) {
			return Optional.empty();
		}
		Period period = Period.parse(inputs.entries().get("run.period"));
		SortedMap<String, String> outputs = RunInputs.outputs(this.workspace, period);
		if (outputs.isEmpty() || !section(saved, OUTPUT).equals(outputs)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Reusable(Long.parseLong(saved.get("runId")), LocalDateTime.parse(saved.get("finishedAt")),
					new ArrayList<>(section(saved, SUMMARY).values())));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Called as a run starts: from now on, whatever was there before is not the latest result. */
	public void forget() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法删除 " + this.file, ex);
		}
	}

	void remember(RunInputs inputs, SortedMap<String, String> outputs, long runId, LocalDateTime finishedAt,
			List<String> summary) {
		Map<String, String> entries = new TreeMap<>();
		entries.put("runId", Long.toString(runId));
		entries.put("finishedAt", finishedAt.toString());
		inputs.entries().forEach((name, value) -> entries.put(INPUT + name, value));
		outputs.forEach((name, value) -> entries.put(OUTPUT + name, value));
		for (int i = 0; i < summary.size(); i++) {
			entries.put(SUMMARY + String.format("%05d", i), summary.get(i));
		}
		try {
			PropertiesFiles.write(this.file, entries, "workledger: what the latest consolidate run took in and wrote (do not edit)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + this.file, ex);
		}
	}

	private static SortedMap<String, String> section(Map<String, String> entries, String prefix) {
		SortedMap<String, String> section = new TreeMap<>();
		entries.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				section.put(name.substring(prefix.length()), value);
			}
		});
		return section;
	}

}
