package org.workledger.consolidation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.workledger.period.Period;
import org.workledger.system.AtomicFiles;
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

	private final Path file;

	public LastConsolidation(Workspace workspace) {
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
	public Optional<Reusable> reusable(Workspace workspace, RunInputs inputs) {
		Properties saved = load();
		if (saved == null) {
			return Optional.empty();
		}
		SortedMap<String, String> savedInputs = section(saved, INPUT);
		if (!savedInputs.equals(inputs.entries())) {
			return Optional.empty();
		}
		Period period = Period.parse(inputs.entries().get("run.period"));
		SortedMap<String, String> outputs = RunInputs.outputs(workspace, period);
		if (outputs.isEmpty() || !section(saved, OUTPUT).equals(outputs)) {
			return Optional.empty();
		}
		try {
			List<String> summary = new ArrayList<>(section(saved, SUMMARY).values());
			return Optional.of(new Reusable(Long.parseLong(saved.getProperty("runId")),
					LocalDateTime.parse(saved.getProperty("finishedAt")), summary));
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
		Properties properties = new Properties();
		properties.setProperty("runId", Long.toString(runId));
		properties.setProperty("finishedAt", finishedAt.toString());
		inputs.entries().forEach((name, value) -> properties.setProperty(INPUT + name, value));
		outputs.forEach((name, value) -> properties.setProperty(OUTPUT + name, value));
		for (int i = 0; i < summary.size(); i++) {
			properties.setProperty(SUMMARY + String.format("%05d", i), summary.get(i));
		}
		StringWriter text = new StringWriter();
		try {
			properties.store(text, "workledger: what the latest consolidate run took in and wrote (do not edit)");
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(this.file, out -> out.write(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + this.file, ex);
		}
	}

	private Properties load() {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			return properties;
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException | IllegalArgumentException ex) {
			// unreadable: the run is simply built again
			return null;
		}
	}

	private static SortedMap<String, String> section(Properties properties, String prefix) {
		SortedMap<String, String> section = new TreeMap<>();
		for (String name : properties.stringPropertyNames()) {
			if (name.startsWith(prefix)) {
				section.put(name.substring(prefix.length()), properties.getProperty(name));
			}
		}
		return section;
	}

}
