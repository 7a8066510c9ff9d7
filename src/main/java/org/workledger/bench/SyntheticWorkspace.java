package org.workledger.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Role;
import org.workledger.contract.ProgressStatus;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.distribute.ProgressWorkbookSpec;
import org.workledger.distribute.ProgressWorkbookSpecs;
import org.workledger.findings.Findings;
import org.workledger.period.Period;
import org.workledger.reports.ReportTemplates;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;
import org.workledger.system.FileNames;

/**
 * A benchmark workspace: a roster of N synthetic units (80 % departments of category
 * 市政府有关部门, 20 % district governments of 区县（市）政府), a task breakdown with the real
 * sample's 26 items / 35 tasks (every task is the responsibility of both categories, so
 * every unit reports on all 35), and one returned progress workbook per unit in
 * {@code input/returns/} for period 2023-10, filled in with statuses, percentages and
 * Chinese narratives. Everything is deterministic for a given N and seed (file contents
 * and modification times), so reruns see the same data.
 *
 * <p>A small, exact share of the returns has the oddities real returns have: about 1 %
 * with an error (rejected), 2 % with status synonyms such as 进行中 (accepted with a
 * warning), 1 % legacy .xls and 1 % with formula cells.
 *
 * <p>A {@link Mix} changes two shares, for a round that is not tidy: the share of returns
 * with errors (default 1 %), and the share of workbooks a unit made itself instead of
 * filling in the template ({@link HandMadeXlsx}: no metadata sheet, its own sheet name,
 * title rows and column order). A hand-made return with errors has one to three of the
 * mistakes units make without the template's dropdowns and locked cells to stop them.
 *
 * <p>The .xlsx returns are written by hand ({@link ReturnXlsx}: the OOXML parts as text,
 * zipped), not through POI's usermodel, so that 10,000 of them take seconds.
 */
public final class SyntheticWorkspace {

	public static final Period PERIOD = Period.of(2023, 10);

	/** Tasks per unit (the sample breakdown's 35). */
	public static final int TASKS = SyntheticTasks.ROWS.size();

	public static final String DEPARTMENTS = "市政府有关部门";

	public static final String DISTRICTS = "区县（市）政府";

	public static final String ROSTER_FILE = "单位名册.xlsx";

	public static final String BREAKDOWN_FILE = "任务分解表.xlsx";

	public static final String BREAKDOWN_TITLE = "测试省政务公开重点工作任务分解表";

	public static final String RETURNS_FOLDER = "returns";

	/** Written last: a workspace without it (or with other N, seed or version) is generated again. */
	public static final String MANIFEST = "bench-workspace.properties";

	/** Bump when the generated content changes, so old workspaces are regenerated. */
	static final String GENERATOR_VERSION = "3";

	static final int SMALLEST = 5;

	private static final String ISSUER = "测试省政务公开领导小组办公室";

	/** What is odd about a return. */
	public enum Oddity {

		/** an ordinary, clean return */
		NONE,
		/** one error (invalid status, percent over 100, or 已完成 without progress): rejected */
		ERROR,
		/** status synonyms (进行中, 完成 …): accepted with warnings */
		SYNONYM,
		/** saved as legacy .xls */
		XLS,
		/** percent and next-step cells as formulas with cached values */
		FORMULA

	}

	/**
	 * The shares of a round that set it apart from a tidy one, each 0..1.
	 *
	 * @param handMade returns that are workbooks of the unit's own making, not the template
	 * @param errors returns with at least one error (rejected)
	 */
	public record Mix(double handMade, double errors) {

		/** A tidy round: every return made from the template, 1 % with an error. */
		public static final Mix TIDY = new Mix(0, 0.01);

		public Mix {
			if (!(handMade >= 0 && handMade <= 1) || !(errors >= 0 && errors <= 1)) {
				throw new IllegalArgumentException("比例应在 0 到 1 之间");
			}
		}

		boolean tidy() {
			return equals(TIDY);
		}

		/** {@code -handmade1-errors0.67}: empty for the tidy round, whose folder keeps its old name. */
		String suffix() {
			return tidy() ? "" : "-handmade" + share(this.handMade) + "-errors" + share(this.errors);
		}

		static String share(double value) {
			return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	/** How a {@link #ensure} call went. */
	public record Generation(boolean generated, long millis, int threads, long bytes, Map<Oddity, Integer> oddities) {
	}

	private final Path root;

	private final int returns;

	private final long seed;

	private final List<Unit> units;

	private final Oddity[] oddities;

	private final Mix mix;

	/** Which returns are workbooks of the unit's own making. */
	private final boolean[] handMade;

	public SyntheticWorkspace(Path root, int returns, long seed) {
		this(root, returns, seed, Mix.TIDY);
	}

	public SyntheticWorkspace(Path root, int returns, long seed, Mix mix) {
		if (returns < SMALLEST) {
			throw new IllegalArgumentException("至少需要 " + SMALLEST + " 份报送表");
		}
		this.root = root.toAbsolutePath().normalize();
		this.returns = returns;
		this.seed = seed;
		this.mix = mix;
		this.units = units(returns, seed);
		this.oddities = oddities(returns, seed, mix.errors());
		this.handMade = handMade(returns, seed, mix.handMade());
	}

	/** {@code /tmp/workledger-bench-<N>} for the default seed 42, {@code …-<N>-seed<S>} otherwise. */
	public static Path defaultRoot(int returns, long seed) {
		return defaultRoot(returns, seed, Mix.TIDY);
	}

	/** As {@link #defaultRoot(int, long)}, with {@code -handmade<share>-errors<share>} for another mix. */
	public static Path defaultRoot(int returns, long seed, Mix mix) {
		String tmp = System.getProperty("java.io.tmpdir", "/tmp");
		return Path.of(tmp, "workledger-bench-" + returns + (seed == 42 ? "" : "-seed" + seed) + mix.suffix());
	}

	public Mix mix() {
		return this.mix;
	}

	public boolean handMade(int index) {
		return this.handMade[index];
	}

	/** The hand-made returns among them (the .xls ones stay copies of the template). */
	public int handMadeCount() {
		int count = 0;
		for (int i = 0; i < this.returns; i++) {
			count += this.handMade[i] && this.oddities[i] != Oddity.XLS ? 1 : 0;
		}
		return count;
	}

	public Path root() {
		return this.root;
	}

	public Path input() {
		return this.root.resolve("input");
	}

	public Path returnsFolder() {
		return input().resolve(RETURNS_FOLDER);
	}

	public int returns() {
		return this.returns;
	}

	/** The roster's units, in roster order: unit {@code i} sends return {@code i}. */
	public List<Unit> units() {
		return this.units;
	}

	public Oddity oddity(int index) {
		return this.oddities[index];
	}

	public Map<Oddity, Integer> oddityCounts() {
		Map<Oddity, Integer> counts = new EnumMap<>(Oddity.class);
		for (Oddity oddity : Oddity.values()) {
			counts.put(oddity, 0);
		}
		for (Oddity oddity : this.oddities) {
			counts.merge(oddity, 1, Integer::sum);
		}
		return counts;
	}

	/** Where return {@code index} is written. */
	public Path returnFile(int index) {
		String name = FileNames.safe(this.units.get(index).name() + "-" + PERIOD.label() + "进展情况表");
		return returnsFolder().resolve(name + (this.oddities[index] == Oddity.XLS ? ".xls" : ".xlsx"));
	}

	/** The folder has a manifest: it was made by this class (so it may be cleaned). */
	public boolean isBenchWorkspace() {
		return Files.isRegularFile(this.root.resolve(MANIFEST));
	}

	/** Generated completely, for this N, seed and generator version. */
	public boolean isComplete() {
		Properties manifest = manifest();
		if (manifest == null || !String.valueOf(this.returns).equals(manifest.getProperty("returns"))
				|| !String.valueOf(this.seed).equals(manifest.getProperty("seed"))
				|| !GENERATOR_VERSION.equals(manifest.getProperty("generator"))
				// workspaces generated before the mix existed are tidy ones
				|| !Mix.share(this.mix.handMade()).equals(manifest.getProperty("hand-made", "0"))
				|| !Mix.share(this.mix.errors()).equals(manifest.getProperty("errors", "0.01"))) {
			return false;
		}
		if (!Files.isRegularFile(input().resolve(ROSTER_FILE)) || !Files.isRegularFile(input().resolve(BREAKDOWN_FILE))) {
			return false;
		}
		try (Stream<Path> files = Files.list(returnsFolder())) {
			return files.filter(Files::isRegularFile).count() == this.returns;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Generates the workspace unless it is already complete (and {@code fresh} is false).
	 * Refuses to touch a non-empty folder that is not a bench workspace.
	 */
	public Generation ensure(boolean fresh, int threads) {
		if (!fresh && isComplete()) {
			Properties manifest = manifest();
			return new Generation(false, Long.parseLong(manifest.getProperty("generation-millis", "0")),
					Integer.parseInt(manifest.getProperty("generation-threads", "0")),
					Long.parseLong(manifest.getProperty("bytes", "0")), oddityCounts());
		}
		return generate(threads);
	}

	/** Writes roster, breakdown and all returns, replacing an earlier bench workspace's input/. */
	public Generation generate(int threads) {
		long start = System.nanoTime();
		try {
			if (Files.exists(this.root) && !isBenchWorkspace() && !isEmptyDirectory(this.root)) {
				throw new IllegalStateException("工作目录 " + this.root + " 不是基准测试生成的目录（没有 " + MANIFEST + "），为免误删，请换一个空目录");
			}
			Files.deleteIfExists(this.root.resolve(MANIFEST));
			deleteTree(input());
			Files.createDirectories(returnsFolder());
			Files.writeString(this.root.resolve("workledger.yml"),
					"# 基准测试工作目录（由 workledger bench 生成）\nworkledger:\n  reports:\n    issuer: " + ISSUER + "\n");
			Path roster = input().resolve(ROSTER_FILE);
			writeRoster(roster);
			Path breakdownFile = input().resolve(BREAKDOWN_FILE);
			writeBreakdown(breakdownFile);
			FileTime reference = FileTime.from(LocalDate.of(2023, 10, 1).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
			Files.setLastModifiedTime(roster, reference);
			Files.setLastModifiedTime(breakdownFile, reference);

			Plan plan = plan(breakdownFile);
			int workers = Math.max(1, threads);
			ForkJoinPool pool = new ForkJoinPool(workers);
			long bytes;
			try {
				bytes = pool.submit(() -> IntStream.range(0, this.returns).parallel().mapToLong(i -> writeReturn(plan, i)).sum())
					.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("生成被中断", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("生成报送表失败：" + ex.getCause().getMessage(), ex.getCause());
			}
			finally {
				pool.shutdown();
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			writeManifest(millis, workers, bytes);
			return new Generation(true, millis, workers, bytes, oddityCounts());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法生成基准测试工作目录 " + this.root + "：" + ex.getMessage(), ex);
		}
	}

	/**
	 * Deletes {@code data/} and {@code output/}, so a run starts from an empty database. The
	 * compiled report templates are kept, as an installation keeps them from one run to the
	 * next (they are compiled again only when a template changes).
	 */
	public void clearRunState() {
		if (!isBenchWorkspace()) {
			throw new IllegalStateException(this.root + " 不是基准测试工作目录，不清理");
		}
		try {
			Path data = this.root.resolve("data");
			if (Files.isDirectory(data)) {
				try (Stream<Path> entries = Files.list(data)) {
					for (Path entry : entries.toList()) {
						if (!entry.getFileName().toString().equals(ReportTemplates.CACHE_FOLDER)) {
							deleteTree(entry);
						}
					}
				}
			}
			deleteTree(this.root.resolve("output"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---------------------------------------------------------------- units

	private static List<Unit> units(int n, long seed) {
		int districts = n / 5;
		int departments = n - districts;
		int width = Math.max(4, String.valueOf(Math.max(departments, districts)).length());
		String number = "%0" + width + "d";
		SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		List<Unit> units = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			boolean department = i < departments;
			String no = String.format(number, department ? i + 1 : i - departments + 1);
			String name = department ? "第" + no + "号测试局" : "第" + no + "号测试区人民政府";
			List<String> aliases = department ? List.of("测试" + no + "局", no + "号局")
					: List.of("第" + no + "号测试区政府", "第" + no + "号测试区");
			units.add(new Unit(name, aliases, department ? DEPARTMENTS : DISTRICTS, person(random),
					(department ? "024-2" : "024-8") + String.format("%07d", random.nextInt(10_000_000)),
					"unit" + (i + 1) + "@example.gov.cn", i + 2));
		}
		return List.copyOf(units);
	}

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰红建国志文斌宇欣怡晨浩然佳";

	private static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = 1 + random.nextInt(2);
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/**
	 * Exact counts, at least one of each (of errors: none only when asked for none), spread
	 * over the units by a seeded shuffle.
	 */
	private static Oddity[] oddities(int n, long seed, double errors) {
		Oddity[] result = new Oddity[n];
		java.util.Arrays.fill(result, Oddity.NONE);
		int[] order = IntStream.range(0, n).toArray();
		SplittableRandom random = new SplittableRandom(seed * 31 + 7);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		int next = 0;
		int errorCount = errors == 0.01 ? Math.max(1, Math.round(n / 100f))
				: errors == 0 ? 0 : (int) Math.max(1, Math.round(n * errors));
		for (Object[] share : new Object[][] { { Oddity.ERROR, 0 }, { Oddity.SYNONYM, 50 }, { Oddity.XLS, 100 },
				{ Oddity.FORMULA, 100 } }) {
			int count = share[0] == Oddity.ERROR ? errorCount : Math.max(1, Math.round(n / (float) (int) share[1]));
			for (int k = 0; k < count && next < n; k++) {
				result[order[next++]] = (Oddity) share[0];
			}
		}
		return result;
	}

	/** Exactly round(n × share) returns, chosen by a shuffle of their own (independent of the oddities). */
	private static boolean[] handMade(int n, long seed, double share) {
		boolean[] result = new boolean[n];
		int count = (int) Math.round(n * share);
		int[] order = IntStream.range(0, n).toArray();
		SplittableRandom random = new SplittableRandom(seed * 131 + 17);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		for (int k = 0; k < count; k++) {
			result[order[k]] = true;
		}
		return result;
	}

	// ---------------------------------------------------------------- reference tables

	private void writeRoster(Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("单位名册");
			String[] header = { "单位名称", "简称及别名（以分号分隔）", "类别", "联络员", "联系电话", "电子邮箱" };
			int[] widths = { 28, 30, 16, 10, 16, 26 };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			for (int i = 0; i < this.units.size(); i++) {
				Unit unit = this.units.get(i);
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(unit.name());
				row.createCell(1).setCellValue(String.join(";", unit.aliases()));
				row.createCell(2).setCellValue(unit.category());
				row.createCell(3).setCellValue(unit.contact());
				row.createCell(4).setCellValue(unit.phone());
				row.createCell(5).setCellValue(unit.email());
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				workbook.write(out);
			}
		}
	}

	/** Lead units: the first department leads every task (like 市政府办公室), a few others some. */
	private String leads(int task) {
		int departments = this.units.size() - this.units.size() / 5;
		int pool = Math.min(departments, 6);
		List<String> names = new ArrayList<>();
		names.add(this.units.get(0).aliases().get(0));
		if (pool > 1 && task % 3 == 0) {
			names.add(this.units.get(1 + task % (pool - 1)).aliases().get(0));
		}
		if (pool > 2 && task % 7 == 3) {
			names.add(this.units.get(1 + (task + 1) % (pool - 1)).aliases().get(0));
		}
		return String.join(task % 4 == 1 ? "、" : " ", names.stream().distinct().toList());
	}

	private void writeBreakdown(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("任务分解表");
			int[] widths = { 22, 70, 18, 20, 12 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createRow(0).createCell(0).setCellValue(BREAKDOWN_TITLE);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			Row header = sheet.createRow(1);
			List<String> labels = BreakdownReader.LABELS;
			for (int c = 0; c < labels.size(); c++) {
				header.createCell(c).setCellValue(labels.get(c));
			}
			int itemStart = -1;
			for (int t = 0; t < TASKS; t++) {
				String[] task = SyntheticTasks.ROWS.get(t);
				int r = t + 2;
				Row row = sheet.createRow(r);
				if (!task[0].isEmpty()) {
					mergeItem(sheet, itemStart, r - 1);
					itemStart = r;
				}
				row.createCell(0).setCellValue(task[0]);
				row.createCell(1).setCellValue(task[1]);
				row.createCell(2).setCellValue(leads(t));
				row.createCell(3).setCellValue(DEPARTMENTS + " " + DISTRICTS);
				row.createCell(4).setCellValue(task[2]);
			}
			mergeItem(sheet, itemStart, TASKS + 1);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				workbook.write(out);
			}
		}
	}

	private static void mergeItem(Sheet sheet, int from, int to) {
		if (from >= 0 && to > from) {
			sheet.addMergedRegion(new CellRangeAddress(from, to, 0, 0));
		}
	}

	// ---------------------------------------------------------------- returns

	/** What every return is made of: the tasks as the readers see them and each unit's roles. */
	record Plan(String title, List<BreakdownTask> tasks, Map<String, Map<String, Role>> roles, String responsibleFingerprint,
			Map<String, String> fingerprints) {
	}

	/**
	 * Reads the breakdown just written with the project's own reader and resolves the
	 * assignments with its resolver, so task ids, texts, roles and the template
	 * fingerprint are exactly what {@code distribute} would put in the workbooks.
	 */
	private Plan plan(Path breakdownFile) throws IOException {
		Breakdown breakdown;
		try (InputStream in = Files.newInputStream(breakdownFile); Workbook workbook = WorkbookFactory.create(in)) {
			Findings findings = new Findings();
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(), BREAKDOWN_FILE,
					findings);
			if (findings.hasErrors()) {
				throw new IllegalStateException("生成的任务分解表有错误：" + findings.all());
			}
		}
		if (breakdown.tasks().size() != TASKS) {
			throw new IllegalStateException("任务分解表应有 " + TASKS + " 项任务，读出 " + breakdown.tasks().size() + " 项");
		}
		Findings findings = new Findings();
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, Roster.of(this.units), findings);
		if (findings.hasErrors()) {
			throw new IllegalStateException("生成的单位名册与任务分解表不匹配：" + findings.all());
		}
		Map<String, Map<String, Role>> roles = new LinkedHashMap<>();
		for (Assignment a : assignments) {
			roles.computeIfAbsent(a.unitName(), k -> new LinkedHashMap<>()).put(a.taskId(), a.role());
		}
		Map<String, BreakdownTask> byId = new LinkedHashMap<>();
		breakdown.tasks().forEach(t -> byId.put(t.id(), t));
		Map<String, String> fingerprints = new LinkedHashMap<>();
		String shared = null;
		for (Unit unit : this.units) {
			Map<String, Role> mine = roles.getOrDefault(unit.name(), Map.of());
			if (mine.size() != TASKS) {
				throw new IllegalStateException(unit.name() + " 应有 " + TASKS + " 项任务，实有 " + mine.size() + " 项");
			}
			List<ProgressWorkbookSpec.Task> rows = new ArrayList<>();
			mine.forEach((id, role) -> {
				BreakdownTask task = byId.get(id);
				rows.add(new ProgressWorkbookSpec.Task(task.id(), task.itemName(), task.text(), task.leadUnits(),
						task.deadline().label(), task.deadline().isOngoing(), role));
			});
			String fingerprint = ProgressWorkbookSpecs.fingerprint(rows);
			// the fingerprint only covers ids and texts: the same for almost every unit
			if (shared == null) {
				shared = fingerprint;
			}
			if (!fingerprint.equals(shared)) {
				fingerprints.put(unit.name(), fingerprint);
			}
		}
		Map<String, Map<String, Role>> special = new LinkedHashMap<>();
		roles.forEach((unit, map) -> {
			if (map.containsValue(Role.LEAD)) {
				special.put(unit, map);
			}
		});
		return new Plan(breakdown.progressTitle() + "（" + PERIOD.label() + "）", breakdown.tasks(), special, shared,
				fingerprints);
	}

	/** The content of return {@code index}: deterministic for (seed, index). */
	ReturnContent content(Plan plan, int index) {
		Unit unit = this.units.get(index);
		Oddity oddity = this.oddities[index];
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
		LocalDate filledOn = LocalDate.of(2023, 10, 20 + random.nextInt(12));
		String contact = person(random);
		String phone = random.nextInt(3) == 0 ? unit.phone() : "13" + (random.nextInt(9) + 1) + String.format("%08d", random.nextInt(100_000_000));
		Map<String, Role> roles = plan.roles().get(unit.name());
		List<ReturnContent.Row> rows = new ArrayList<>(TASKS);
		for (BreakdownTask task : plan.tasks()) {
			Role role = roles == null ? Role.RESPONSIBLE : roles.getOrDefault(task.id(), Role.RESPONSIBLE);
			rows.add(row(task, role, random));
		}
		String unitName = unit.name();
		String periodLabel = PERIOD.label();
		boolean own = this.handMade[index] && oddity != Oddity.XLS;
		if (own && random.nextInt(7) == 0) {
			// a unit writing its own workbook often uses its short name
			unitName = unit.aliases().get(0);
		}
		switch (oddity) {
			case SYNONYM -> synonyms(rows, random);
			case ERROR -> {
				if (own) {
					String[] header = { unitName, periodLabel };
					mistakes(rows, header, random);
					unitName = header[0];
					periodLabel = header[1];
				}
				else {
					error(rows, random, index);
				}
			}
			case FORMULA -> formulas(rows, random);
			default -> {
			}
		}
		if (own) {
			return new ReturnContent(index, oddity, plan.title(), unitName, periodLabel, contact, phone, filledOn, List.of(),
					rows);
		}
		String fingerprint = plan.fingerprints().getOrDefault(unit.name(), plan.responsibleFingerprint());
		List<String[]> meta = List.of(
				new String[] { ProgressWorkbookContract.META_VERSION, ProgressWorkbookContract.TEMPLATE_VERSION },
				new String[] { ProgressWorkbookContract.META_UNIT, unit.name() },
				new String[] { ProgressWorkbookContract.META_PERIOD, PERIOD.key() },
				new String[] { ProgressWorkbookContract.META_FINGERPRINT, fingerprint });
		return new ReturnContent(index, oddity, plan.title(), unit.name(), PERIOD.label(), contact, phone, filledOn, meta,
				rows);
	}

	private static final LocalDate AS_OF = PERIOD.lastDay();

	private static ReturnContent.Row row(BreakdownTask task, Role role, SplittableRandom random) {
		int dice = random.nextInt(100);
		ProgressStatus status;
		Integer percent;
		LocalDate due = task.deadline().due();
		if (due == null) {
			status = dice < 92 ? ProgressStatus.ONGOING : ProgressStatus.DONE;
		}
		else if (due.isBefore(PERIOD.firstDay())) {
			status = dice < 85 ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS;
		}
		else if (!due.isAfter(AS_OF)) {
			status = dice < 60 ? ProgressStatus.DONE : dice < 95 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
		}
		else {
			status = dice < 25 ? ProgressStatus.DONE : dice < 90 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
		}
		String progress;
		String next;
		switch (status) {
			case DONE -> {
				percent = 100;
				progress = Narratives.progress(random, 50, 300);
				next = random.nextInt(2) == 0 ? "无" : Narratives.nextSteps(random);
			}
			case NOT_STARTED -> {
				percent = 0;
				progress = Narratives.notStarted(random);
				next = Narratives.nextSteps(random);
			}
			case IN_PROGRESS -> {
				percent = 10 + 5 * random.nextInt(18);
				progress = Narratives.progress(random, 50, 300);
				next = Narratives.nextSteps(random);
			}
			default -> {
				percent = 50 + 5 * random.nextInt(10);
				progress = Narratives.progress(random, 50, 300);
				next = Narratives.nextSteps(random);
			}
		}
		return new ReturnContent.Row(task.id(), task.itemName(), task.text(), task.leadUnits(), task.deadline().label(),
				role.label(), status.label(), percent, null, progress, Narratives.problems(random), next, null);
	}

	private static final Map<String, String> SYNONYMS = Map.of("推进中", "进行中", "已完成", "完成", "持续推进", "持续开展", "未启动", "未开始");

	private static void synonyms(List<ReturnContent.Row> rows, SplittableRandom random) {
		for (int i = 0; i < rows.size(); i++) {
			ReturnContent.Row r = rows.get(i);
			if (i == 0 || random.nextInt(4) == 0) {
				rows.set(i, withStatus(r, SYNONYMS.get(r.status())));
			}
		}
	}

	private static void error(List<ReturnContent.Row> rows, SplittableRandom random, int index) {
		int i = random.nextInt(rows.size());
		ReturnContent.Row r = rows.get(i);
		switch (Math.floorMod(index, 3)) {
			case 0 -> rows.set(i, withStatus(r, "基本完成"));
			case 1 -> rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(), r.deadline(), r.role(),
					ProgressStatus.IN_PROGRESS.label(), 120, null, r.progress(), r.problems(), r.nextSteps(), null));
			default -> rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(), r.deadline(), r.role(),
					ProgressStatus.DONE.label(), 100, null, "", r.problems(), "无", null));
		}
	}

	/** What goes wrong in a workbook without the template's dropdowns and locked cells. */
	private enum Mistake {
		STATUS_WORD, PERCENT_OUT_OF_RANGE, DONE_WITHOUT_PROGRESS, WRONG_PERIOD, UNIT_NAME, ROW_MISSING, STATUS_BLANK,
		ERROR_CELL, TASK_ID_BLANK
	}

	private static final List<String> WRONG_WORDS = List.of("基本完成", "即将完成", "已上报", "未完成", "大部分完成", "待定");

	/**
	 * One to three distinct mistakes in a hand-made return; {@code header} is {unit, period}
	 * and may be changed.
	 */
	private static void mistakes(List<ReturnContent.Row> rows, String[] header, SplittableRandom random) {
		Mistake[] all = Mistake.values();
		int count = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
		java.util.EnumSet<Mistake> chosen = java.util.EnumSet.noneOf(Mistake.class);
		while (chosen.size() < count) {
			chosen.add(all[random.nextInt(all.length)]);
		}
		for (Mistake mistake : chosen) {
			int i = random.nextInt(rows.size());
			ReturnContent.Row r = rows.get(i);
			switch (mistake) {
				case STATUS_WORD -> rows.set(i, withStatus(r, WRONG_WORDS.get(random.nextInt(WRONG_WORDS.size()))));
				case PERCENT_OUT_OF_RANGE -> rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(),
						r.deadline(), r.role(), r.status(), random.nextBoolean() ? 120 : 110, null, r.progress(), r.problems(),
						r.nextSteps(), null));
				case DONE_WITHOUT_PROGRESS -> rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(),
						r.deadline(), r.role(), ProgressStatus.DONE.label(), 100, null, "", r.problems(), "无", null));
				case WRONG_PERIOD -> header[1] = random.nextBoolean() ? "2022年10月" : "10月份";
				case UNIT_NAME -> header[0] = random.nextBoolean() ? "" : header[0].replace("测试", "测式");
				case ROW_MISSING -> rows.remove(i);
				case STATUS_BLANK -> rows.set(i, withStatus(r, ""));
				case ERROR_CELL -> rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(), r.deadline(),
						r.role(), r.status(), null, "VLOOKUP(A" + (i + 5) + ",#REF!,2,0)", r.progress(), r.problems(),
						r.nextSteps(), null));
				// the number and the task both left blank: a number alone missing is read from the task's words
				case TASK_ID_BLANK -> rows.set(i, new ReturnContent.Row("", r.item(), "", r.leads(), r.deadline(),
						r.role(), r.status(), r.percent(), r.percentFormula(), r.progress(), r.problems(), r.nextSteps(),
						r.nextStepsFormula()));
			}
		}
	}

	private static void formulas(List<ReturnContent.Row> rows, SplittableRandom random) {
		for (int k = 0; k < 3; k++) {
			int i = random.nextInt(rows.size());
			ReturnContent.Row r = rows.get(i);
			int a = r.percent() / 2;
			String percentFormula = a + "+" + (r.percent() - a);
			String nextFormula = null;
			String next = r.nextSteps();
			if (k == 0) {
				next = "下一步，" + "继续按照时间节点推进相关工作。";
				nextFormula = "\"下一步，\"&\"继续按照时间节点推进相关工作。\"";
			}
			rows.set(i, new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(), r.deadline(), r.role(), r.status(),
					r.percent(), percentFormula, r.progress(), r.problems(), next, nextFormula));
		}
	}

	private static ReturnContent.Row withStatus(ReturnContent.Row r, String status) {
		return new ReturnContent.Row(r.id(), r.item(), r.task(), r.leads(), r.deadline(), r.role(), status, r.percent(),
				r.percentFormula(), r.progress(), r.problems(), r.nextSteps(), r.nextStepsFormula());
	}

	private long writeReturn(Plan plan, int index) {
		ReturnContent content = content(plan, index);
		Path file = returnFile(index);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				if (content.oddity() == Oddity.XLS) {
					ReturnXls.write(content, out);
				}
				else if (this.handMade[index]) {
					HandMadeXlsx.write(content, new SplittableRandom(this.seed * 0x632BE59BD9B4E019L + index), out);
				}
				else {
					ReturnXlsx.write(content, out);
				}
			}
			// arrival order = filling date, then roster order; old enough to have settled
			Files.setLastModifiedTime(file, FileTime.from(
					content.filledOn().atTime(17, 0).plusSeconds(index).toInstant(ZoneOffset.ofHours(8))));
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + file, ex);
		}
	}

	// ---------------------------------------------------------------- files

	private Properties manifest() {
		Path file = this.root.resolve(MANIFEST);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			return properties;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void writeManifest(long millis, int threads, long bytes) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("generator", GENERATOR_VERSION);
		properties.setProperty("returns", String.valueOf(this.returns));
		properties.setProperty("seed", String.valueOf(this.seed));
		properties.setProperty("hand-made", Mix.share(this.mix.handMade()));
		properties.setProperty("errors", Mix.share(this.mix.errors()));
		properties.setProperty("hand-made-returns", String.valueOf(handMadeCount()));
		properties.setProperty("tasks", String.valueOf(TASKS));
		properties.setProperty("period", PERIOD.key());
		properties.setProperty("generation-millis", String.valueOf(millis));
		properties.setProperty("generation-threads", String.valueOf(threads));
		properties.setProperty("bytes", String.valueOf(bytes));
		oddityCounts().forEach((k, v) -> properties.setProperty("oddity." + k.name().toLowerCase(java.util.Locale.ROOT),
				String.valueOf(v)));
		try (OutputStream out = Files.newOutputStream(this.root.resolve(MANIFEST))) {
			properties.store(out, "workledger bench workspace; delete to regenerate");
		}
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.findAny().isEmpty();
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
