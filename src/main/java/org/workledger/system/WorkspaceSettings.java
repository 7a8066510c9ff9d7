package org.workledger.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the workspace's {@code workledger.yml} once before Spring does, so that a slip an
 * office makes when editing it is told in one Chinese line with its line number, rather
 * than as a page of Spring's stack trace or as a setting quietly lost.
 */
public final class WorkspaceSettings {

	private static final List<String> STATUS_KEYS = List.of("done", "in-progress", "not-started", "ongoing");

	private WorkspaceSettings() {
	}

	/** @throws WorkledgerException saying what is wrong and where */
	public static void check(Path file) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		Object settings;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			settings = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			String where = mark == null ? "" : "第 " + (mark.getLine() + 1) + " 行附近";
			throw new WorkledgerException(file.getFileName() + " 格式有误（" + where + "）：请检查缩进（只用空格、不用 Tab，"
					+ "同一层对齐）以及冒号后是否有空格");
		}
		catch (YAMLException | IOException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof java.nio.charset.CharacterCodingException) {
					throw new WorkledgerException(file.getFileName() + " 不是 UTF-8 编码（多半是用记事本按 ANSI/GBK 保存的）：请用记事本打开，"
							+ "“另存为”时编码选 UTF-8 后保存");
				}
			}
			throw new WorkledgerException(file.getFileName() + " 无法读取：" + ex.getMessage());
		}
		unknownKeys(file, settings);
		List<String> unknownSpring = SpringSettingNames.unknown(settings);
		if (!unknownSpring.isEmpty()) {
			// said, not refused: Spring has settings its metadata does not list, and an office may use one knowingly
			System.err.println("注意：" + file.getFileName() + " 中的 " + String.join("、", unknownSpring)
					+ " 不是 Spring 的设置，不会生效；请检查拼写和缩进");
		}
		// a mistyped schedule was found only when the service restarted (and then restarted again and again)
		if (at(settings, "workledger", "schedule", "cron") instanceof String cron) {
			org.workledger.schedule.CronPlan.check(cron, "Asia/Shanghai")
				.ifPresent(problem -> {
					throw new WorkledgerException(file.getFileName() + " " + problem);
				});
		}
		// a scheduled run with another word wrote only the ledger and the circular, day after day, unattended
		Object reports = at(settings, "workledger", "schedule", "reports");
		if (reports != null && !List.of("all", "circular", "none").contains(String.valueOf(reports).strip())) {
			throw new WorkledgerException(file.getFileName() + " 设置有误：workledger.schedule.reports 的值“" + reports
					+ "”应是 all（全部报告）、circular（只写通报）或 none（不写 PDF）");
		}
		// the log's timestamps use the zone before anything can say what is wrong with it
		if (at(settings, "workledger", "schedule", "zone") instanceof String zone) {
			try {
				java.time.ZoneId.of(zone.strip());
			}
			catch (java.time.DateTimeException ex) {
				throw new WorkledgerException(file.getFileName() + " 设置有误：workledger.schedule.zone 的时区“" + zone
						+ "”无法识别，请写成 Asia/Shanghai 这样的时区名（中国大陆各地都用 Asia/Shanghai）");
			}
		}
		Object synonyms = at(settings, "workledger", "vocabulary", "status-synonyms");
		if (synonyms instanceof Map<?, ?> byStatus) {
			for (Object key : byStatus.keySet()) {
				if (!STATUS_KEYS.contains(String.valueOf(key))) {
					throw new WorkledgerException(file.getFileName() + " 设置有误：status-synonyms 下的“" + key
							+ "”应写成 done（已完成）、in-progress（推进中）、not-started（未启动）或 ongoing（持续推进）");
				}
			}
		}
		else if (synonyms != null) {
			throw new WorkledgerException(file.getFileName() + " 设置有误：status-synonyms 下应按状态分行列出说法，"
					+ "例如 “in-progress: [按序时推进]”");
		}
	}

	/**
	 * The settings of each concern, by the names Spring binds (a record's components in
	 * kebab case): a key spelt otherwise (report: for reports:, a key indented a level too
	 * high) was quietly ignored, and a circular went out without the office's name.
	 */
	private static final Map<String, Class<?>> CONCERNS = Map.of("vocabulary",
			org.workledger.vocabulary.VocabularyProperties.class, "schedule",
			org.workledger.schedule.ScheduleProperties.class, "workspace", WorkspaceProperties.class, "reports",
			org.workledger.reports.ReportsProperties.class, "intake", org.workledger.intake.IntakeProperties.class,
			"mail", org.workledger.circulate.MailProperties.class);

	private static void unknownKeys(Path file, Object settings) {
		if (!(at(settings, "workledger") instanceof Map<?, ?> ours)) {
			return;
		}
		for (Map.Entry<?, ?> concern : ours.entrySet()) {
			String name = String.valueOf(concern.getKey());
			Class<?> properties = CONCERNS.get(name);
			if (properties == null) {
				throw new WorkledgerException(file.getFileName() + " 设置有误：workledger 下没有“" + name + "”这一项（可用的有 "
						+ String.join("、", new java.util.TreeSet<>(CONCERNS.keySet())) + "）；请检查拼写和缩进");
			}
			if (concern.getValue() instanceof Map<?, ?> values) {
				java.util.Set<String> known = new java.util.TreeSet<>();
				for (java.lang.reflect.RecordComponent component : properties.getRecordComponents()) {
					known.add(component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
				}
				for (Map.Entry<?, ?> entry : values.entrySet()) {
					String setting = String.valueOf(entry.getKey());
					if (!known.contains(setting) && !known.contains(setting.replace("_", "-").toLowerCase(java.util.Locale.ROOT))) {
						throw new WorkledgerException(file.getFileName() + " 设置有误：workledger." + name + " 下没有“" + setting
								+ "”这一项（可用的有 " + String.join("、", known) + "）；请检查拼写和缩进");
					}
					valueOfItsType(file, "workledger." + name + "." + setting, entry.getValue(), properties);
				}
			}
		}
	}

	/**
	 * Whether a run has made the workspace's database yet: the embedded H2 file exists, or the
	 * office named a database server (on the command line, in the environment, or in
	 * {@code workledger.yml}), whose tables a command cannot see without starting.
	 */
	public static boolean hasDatabase(Workspace workspace, List<String> springArguments) {
		if (Files.exists(workspace.data().resolve("workledger.mv.db"))
				|| springArguments.stream().anyMatch(a -> a.startsWith("--spring.datasource.url"))
				|| System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
			return true;
		}
		Path file = workspace.root().resolve("workledger.yml");
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object settings = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return at(settings, "spring", "datasource", "url") != null || at(settings, "spring.datasource.url") != null
					|| at(settings, "spring", "datasource.url") != null;
		}
		catch (IOException | YAMLException ex) {
			// the command goes on and says what is wrong with the file
			return true;
		}
	}

	/**
	 * A value Spring cannot take for its setting (warning-days: fifteen, settle-time: 10 秒),
	 * told by every command: Spring binds a concern only when a command uses it, and status
	 * said nothing of a setting only the next consolidate would stop on.
	 */
	private static void valueOfItsType(Path file, String setting, Object value, Class<?> properties) {
		if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
			return;
		}
		String component = setting.substring(setting.lastIndexOf('.') + 1);
		for (java.lang.reflect.RecordComponent c : properties.getRecordComponents()) {
			if (!c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT).equals(component)) {
				continue;
			}
			Class<?> type = c.getType();
			if (type == String.class || type.isAssignableFrom(List.class) || type.isAssignableFrom(Map.class)) {
				return;
			}
			try {
				org.springframework.boot.convert.ApplicationConversionService.getSharedInstance()
					.convert(String.valueOf(value).strip(), type);
			}
			catch (RuntimeException ex) {
				throw new WorkledgerException(file.getFileName() + " 设置有误：" + setting + " 的值“" + value + "”无法识别："
						+ Settings.hint(type));
			}
		}
	}

	private static Object at(Object tree, String... path) {
		Object node = tree;
		for (String key : path) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = map.get(key);
		}
		return node;
	}

	/**
	 * Says which {@code --name=value} settings given on the command line Spring has no setting
	 * for, as for {@code workledger.yml}: {@code --spring.mail.hots=…} was ignored without a word.
	 */
	public static void checkArguments(List<String> springArguments) {
		Map<String, Object> given = new java.util.LinkedHashMap<>();
		for (String argument : springArguments) {
			if (argument.startsWith("--") && argument.contains("=")) {
				given.put(argument.substring(2, argument.indexOf('=')), "");
			}
		}
		List<String> unknown = SpringSettingNames.unknown(given);
		if (!unknown.isEmpty()) {
			System.err.println("注意：命令行中的 --" + String.join("、--", unknown) + " 不是 Spring 的设置，不会生效；请检查拼写");
		}
	}

}
