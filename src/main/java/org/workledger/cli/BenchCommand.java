package org.workledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workledger.bench.CityRound;
import org.workledger.bench.HeapSampler;
import org.workledger.bench.SyntheticWorkspace;
import org.workledger.reports.ReportWriter;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import org.workledger.system.Failures;

/**
 * {@code bench}: generates (or reuses) a workspace of N synthetic returns, empties its
 * database and output, runs {@code consolidate} for 2023-10 in this process and prints
 * where the time and the heap went, ending with a Markdown table row for the README.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "性能基准：生成（或复用）N 份模拟报送表，在空数据库上运行一次 2023-10 的 consolidate，报告各步骤耗时、每份耗时、每秒行数和堆内存峰值。",
		footer = { "", "示例：", "  java -Xmx256m -jar workledger.jar bench --returns 10000 --reports circular",
				"  java -Xmx256m -jar workledger.jar bench --returns 1000 --hand-made 1 --errors 0.67 --reports circular（首轮报送：全是自制表格，三分之二有错）" })
class BenchCommand implements Callable<Integer> {

	private static final List<String> STEPS = List.of("importReferenceDataStep", "intakeReturnsStep", "consolidateStep",
			"writeReportsStep", "circulateStep");

	private static final Map<String, String> STEP_LABELS = Map.of("importReferenceDataStep", "导入任务分解表和单位名册",
			"intakeReturnsStep", "读取、校验、入库报送表", "consolidateStep", "汇总台账", "writeReportsStep", "生成 PDF 报告",
			"circulateStep", "分送");

	@Option(names = { "-n", "--returns" }, paramLabel = "N", defaultValue = "1000",
			description = "模拟报送表的份数（每份 35 项任务），默认 1000")
	int returns;

	@Option(names = { "-w", "--workspace" }, paramLabel = "DIR",
			description = "基准测试工作目录，默认 /tmp/workledger-bench-<N>（种子不是 42 时加 -seed<种子>，"
					+ "给了 --hand-made 或 --errors 时再加 -handmade<比例>-errors<比例>）")
	Path workspace;

	@Option(names = "--reports", paramLabel = "all|circular|none", defaultValue = "all",
			description = "生成哪些 PDF：all 全部（默认）；circular 只生成汇总台账和通报；none 不生成 PDF")
	String reports;

	@Option(names = "--seed", paramLabel = "整数", defaultValue = "42", description = "随机种子，默认 42（同 N 同种子生成的数据完全相同）")
	long seed;

	@Option(names = "--hand-made", paramLabel = "SHARE", defaultValue = "0",
			description = "单位自制表格的比例（0 到 1，默认 0）：不用下发的模板，没有模板信息表，工作表名、标题行、列的顺序各不相同，"
					+ "如 --hand-made 1 表示全部是自制表格（另存为 .xls 的那百分之一仍是模板）")
	double handMade;

	@Option(names = "--errors", paramLabel = "SHARE", defaultValue = "0.01",
			description = "有错误、应退回的报送表比例（0 到 1，默认 0.01）；自制表格每份有 1 至 3 处错误（完成状态写法不对、完成进度超出 0–100、"
					+ "已完成未写工作进展、报送期次不对、填报单位漏填或写错、缺任务行、单元格显示 #REF! 等）。"
					+ "如首轮报送：--hand-made 1 --errors 0.67")
	double errors;

	@Option(names = "--fresh", description = "重新生成模拟数据（默认复用同 N、同种子、同比例已生成的数据）")
	boolean fresh;

	@Option(names = "--keep-data", description = "不清空 data/ 和 output/（默认每次从空数据库开始）")
	boolean keepData;

	@Option(names = "--threads", paramLabel = "T", description = "生成模拟数据的线程数，默认为 CPU 核数")
	Integer threads;

	@Option(names = "--runs", paramLabel = "K", defaultValue = "1",
			description = "在同一个 JVM 里运行 K 次（每次都从空数据库开始），默认 1。第 1 次是冷启动的 JVM（如 consolidate 命令），"
					+ "之后是 JIT 已经编译好热点代码的 JVM（如 schedule 的后续运行）")
	int runs;

	@Option(names = "--city", description = "城市规模：在样例工作目录（真实的任务分解表和 49 个单位的名册）的副本上，"
			+ "每条命令各用一个新的 JVM，依次计时 distribute、放入填好的报送表（默认 45 份）、consolidate --reports all、"
			+ "无新文件时再次 consolidate、status、换统计截止日后的 consolidate")
	boolean city;

	@Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:WORKLEDGER_WORKSPACE:-.}",
			description = "--city 用的样例工作目录（其 input/ 中有任务分解表和单位名册），默认当前目录")
	Path samples;

	/** Spring properties, e.g. {@code --spring.datasource.url=...}. */
	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		if (this.city) {
			return city();
		}
		if (!List.of("all", "circular", "none").contains(this.reports)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--reports 只能是 all、circular 或 none，而不是“" + this.reports + "”");
		}
		if (this.runs < 1 || this.runs > 1 && this.keepData) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--runs 至少为 1，且不能和 --keep-data 一起使用（后面的运行需要从空数据库开始）");
		}
		if (this.returns < 5) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--returns 至少为 5");
		}
		if (!(this.handMade >= 0 && this.handMade <= 1) || !(this.errors >= 0 && this.errors <= 1)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--hand-made 和 --errors 是比例，应在 0 到 1 之间，例如 0.67 表示三分之二");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		int cores = Runtime.getRuntime().availableProcessors();
		SyntheticWorkspace.Mix mix = new SyntheticWorkspace.Mix(this.handMade, this.errors);
		Path root = (this.workspace != null) ? this.workspace : SyntheticWorkspace.defaultRoot(this.returns, this.seed, mix);
		SyntheticWorkspace synthetic = new SyntheticWorkspace(root, this.returns, this.seed, mix);
		int rows = this.returns * SyntheticWorkspace.TASKS;

		out.println("== workledger 基准测试 ==");
		out.printf("机器：%d 核；最大堆 %s（%d MB）；Java %s（%s）；%s %s%n", cores, xmx(), mb(HeapSampler.maxHeap()),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
				System.getProperty("os.arch"));
		out.printf("工作目录：%s；开始时系统负载（1 分钟平均）%.2f%n", synthetic.root(), load());
		out.flush();

		quietPoi();
		SyntheticWorkspace.Generation generation = synthetic.ensure(this.fresh, this.threads == null ? cores : this.threads);
		Map<SyntheticWorkspace.Oddity, Integer> odd = generation.oddities();
		out.printf("报送表：%d 份，任务行 %,d 行（%d × %d）；其中 .xls %d 份、含公式 %d 份、用同义词 %d 份、有错误应退回 %d 份%n", this.returns,
				rows, this.returns, SyntheticWorkspace.TASKS, odd.get(SyntheticWorkspace.Oddity.XLS),
				odd.get(SyntheticWorkspace.Oddity.FORMULA), odd.get(SyntheticWorkspace.Oddity.SYNONYM),
				odd.get(SyntheticWorkspace.Oddity.ERROR));
		if (synthetic.handMadeCount() > 0) {
			out.printf("其中单位自制表格（无模板信息表）%d 份%n", synthetic.handMadeCount());
		}
		out.printf("生成：%s %.1f s（%.2f ms/份，%d 线程，共 %.1f MB）%n", generation.generated() ? "本次生成" : "复用已生成的数据，当初生成用时",
				generation.millis() / 1000.0, generation.millis() / (double) this.returns, generation.threads(),
				generation.bytes() / 1048576.0);
		int status = 0;
		for (int run = 1; run <= this.runs && status == 0; run++) {
			if (this.runs > 1) {
				out.printf("%n== 第 %d 次运行（%s）==%n", run, run == 1 ? "冷启动的 JVM" : "同一 JVM，JIT 已预热");
			}
			status = measure(out, synthetic, cores, rows, run);
		}
		return status;
	}

	/** {@code --city}: every command a fresh JVM, timed from start to exit. */
	private int city() {
		PrintWriter out = this.spec.commandLine().getOut();
		int count = this.spec.commandLine().getParseResult().hasMatchedOption("--returns") ? this.returns : 45;
		Path root = this.workspace != null ? this.workspace : Path.of(System.getProperty("java.io.tmpdir"), "workledger-city");
		if (!Files.isDirectory(this.samples.resolve("input"))) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"样例工作目录 " + this.samples.toAbsolutePath() + " 中没有 input 文件夹（用 --samples 指定）");
		}
		out.println("== workledger 城市规模基准测试 ==");
		out.printf("机器：%d 核；JVM 选项：%s；开始时系统负载（1 分钟平均）%.2f%n", Runtime.getRuntime().availableProcessors(),
				String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), load());
		out.printf("工作目录：%s（每次重新建立）；样例：%s；报送表 %d 份%n", root, this.samples.toAbsolutePath(), count);
		out.flush();
		List<CityRound.Step> steps;
		try {
			steps = new CityRound(this.samples, root, count, out).run();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return WorkledgerCommand.RUN_FAILED;
		}
		out.println();
		out.println("README 表格行（秒）：");
		out.println("| " + steps.stream().map(s -> String.format(Locale.ROOT, "%.2f", s.seconds()))
			.collect(java.util.stream.Collectors.joining(" | ")) + " |");
		out.flush();
		return steps.stream().allMatch(s -> s.exitCode() == 0) ? 0 : WorkledgerCommand.RUN_FAILED;
	}

	/** One consolidate from an empty database (unless --keep-data), measured and reported. */
	private int measure(PrintWriter out, SyntheticWorkspace synthetic, int cores, int rows, int run) {
		if (!this.keepData) {
			synthetic.clearRunState();
			out.println("已清空 data/ 和 output/：从空数据库开始");
		}
		out.flush();

		Workspace ws = new Workspace(synthetic.root());
		System.gc();
		JobExecution execution;
		long startupMillis;
		long runMillis;
		Map<String, Long> dispositions;
		Map<String, Long> findings;
		try (HeapSampler sampler = HeapSampler.start(50)) {
			long t0 = System.nanoTime();
			try (WorkspaceLock lock = WorkspaceLock.acquire(ws);
					ConfigurableApplicationContext context = SpringContexts.start(ws, this.springArguments)) {
				startupMillis = (System.nanoTime() - t0) / 1_000_000;
				out.printf("启动（Spring 上下文、数据库迁移）：%.2f s%n", startupMillis / 1000.0);
				out.println("运行 consolidate " + SyntheticWorkspace.PERIOD.key() + " --reports " + this.reports + " …");
				out.flush();
				long t1 = System.nanoTime();
				execution = start(context, new RunParameters(ws, SyntheticWorkspace.PERIOD,
						SyntheticWorkspace.PERIOD.lastDay(), LocalDateTime.now(), this.reports));
				runMillis = (System.nanoTime() - t1) / 1_000_000;
				sampler.stop();
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				dispositions = counts(jdbc,
						"select disposition, count(*) from run_file where job_execution_id = ? group by disposition order by 1",
						execution.getId());
				findings = counts(jdbc,
						"select f.code, count(*) from return_finding f join input_file i on i.sha256 = f.sha256 "
								+ "where i.first_seen_execution = ? group by f.code order by 2 desc",
						execution.getId());
			}
			report(out, synthetic, execution, sampler, cores, rows, startupMillis, runMillis, dispositions, findings,
					run);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			out.flush();
			this.spec.commandLine().getErr().println("失败：consolidate 未完成（" + execution.getStatus() + "）："
					+ Failures.describe(execution.getAllFailureExceptions()));
			return WorkledgerCommand.RUN_FAILED;
		}
		return 0;
	}

	/** Like {@link JobRuns#run}, but keeps the execution of a failed run so its step times can still be shown. */
	private static JobExecution start(ConfigurableApplicationContext context, RunParameters parameters) {
		JobOperator operator = context.getBean(JobOperator.class);
		Job job = context.getBean("consolidateJob", Job.class);
		try {
			return operator.start(job, parameters.toJobParameters());
		}
		catch (Exception ex) {
			throw new org.workledger.system.WorkledgerException("无法启动任务：" + Failures.describe(ex), ex);
		}
	}

	private void report(PrintWriter out, SyntheticWorkspace synthetic, JobExecution execution, HeapSampler sampler,
			int cores, int rows, long startupMillis, long runMillis, Map<String, Long> dispositions,
			Map<String, Long> findings, int run) {
		Map<String, StepExecution> steps = new LinkedHashMap<>();
		execution.getStepExecutions().forEach(s -> steps.put(s.getStepName(), s));
		long jobFrom = execution.getStartTime() == null ? 0 : epochMillis(execution.getStartTime());
		long jobTo = execution.getEndTime() == null ? System.currentTimeMillis() : epochMillis(execution.getEndTime());
		long[] job = sampler.gcBetween(jobFrom, jobTo);
		out.printf("%nconsolidate 总耗时 %.2f s，本进程 CPU %.2f s，其中应用线程 %.2f s（状态 %s）%n", runMillis / 1000.0,
				job[2] / 1000.0, job[3] / 1000.0, execution.getStatus());
		out.printf("  %-24s %-22s %-12s %9s %9s %9s %11s %13s%n", "步骤", "", "开始", "耗时 s", "进程CPU s", "应用线程 s", "峰值堆 MB",
				"GC s（次）");
		for (String name : STEPS) {
			StepExecution step = steps.get(name);
			if (step == null || step.getStartTime() == null) {
				out.printf("  %-24s %-22s %9s%n", name, STEP_LABELS.get(name), "未运行");
				continue;
			}
			long from = epochMillis(step.getStartTime());
			long to = step.getEndTime() == null ? System.currentTimeMillis() : epochMillis(step.getEndTime());
			long[] gc = sampler.gcBetween(from, to);
			String counts = "intakeReturnsStep".equals(name) ? String.format("  读 %d / 写 %d / 提交 %d 次", step.getReadCount(),
					step.getWriteCount(), step.getCommitCount()) : "";
			out.printf("  %-24s %-22s %-12s %9.2f %9.2f %9.2f %11d %8.2f（%d）%s%s%n", name, STEP_LABELS.get(name),
					step.getStartTime().toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), (to - from) / 1000.0,
					gc[2] / 1000.0, gc[3] / 1000.0, mb(sampler.peakUsed(from, to)), gc[0] / 1000.0, gc[1], counts,
					step.getStatus() == BatchStatus.COMPLETED ? "" : "  " + step.getStatus());
		}
		double reference = seconds(steps.get("importReferenceDataStep"));
		double intake = reference + seconds(steps.get("intakeReturnsStep"));
		double ledger = seconds(steps.get("consolidateStep"));
		Optional<double[]> pdfs = reportSplit(synthetic, steps.get("writeReportsStep"));
		String circular = "none".equals(this.reports) || pdfs.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", pdfs.get()[0]);
		boolean all = "all".equals(this.reports) && pdfs.isPresent();
		String unitPdfs = all ? String.format(Locale.ROOT, "%.2f", pdfs.get()[1]) : "-";
		String perUnitPdf = all && pdfs.get()[3] > 0 ? String.format(Locale.ROOT, "%.1f", pdfs.get()[1] * 1000 / pdfs.get()[3])
				: "-";
		String otherPdfs = all ? String.format(Locale.ROOT, "%.2f", pdfs.get()[2]) : "-";
		if (pdfs.isPresent() && !"none".equals(this.reports)) {
			out.printf("  其中 writeReportsStep：装载数据并生成通报 %s s", circular);
			if (all) {
				out.printf("；单位报告和催报 %.0f 份 %s s（每份 %s ms，各核并行）；督办表和退回通知 %s s", pdfs.get()[3], unitPdfs, perUnitPdf,
						otherPdfs);
			}
			out.println("（按各 PDF 的写成时间划分）");
		}
		out.printf("结果：%s；PDF %d 份%n", dispositions.isEmpty() ? "（无法统计）" : dispositions.toString(),
				countPdfs(synthetic));
		if (!findings.isEmpty()) {
			out.printf("发现的问题（按代码）：%s%n", findings);
		}
		double perWorkbook = (intake + ledger) * 1000 / this.returns;
		out.printf("每份报送表：%.2f ms（导入 + 读取校验入库 + 汇总台账，共 %.2f s）；%,.0f 行/秒%n", perWorkbook, intake + ledger,
				rows / Math.max(0.001, intake + ledger));
		long[] gc = sampler.gcTotal();
		long peak = sampler.peakUsed();
		out.println("（进程 CPU 含 GC 和 JIT 编译线程；应用线程 CPU 只算 Java 线程：约等于耗时说明只用了一个核，约为两倍说明两个核都在用，"
				+ "远低于耗时说明在等 I/O、GC 或被其他进程抢占）");
		out.printf("堆内存峰值：采样 %d MB（每 50 ms 采样 %d 次）；各堆内存池峰值之和 %d MB（上限估计）；GC 共 %.2f s（%d 次）%n", mb(peak),
				sampler.samples(), mb(HeapSampler.poolPeakSum()), gc[0] / 1000.0, gc[1]);
		out.printf("启动 %.2f s 不计入总耗时；结束时系统负载（1 分钟平均）%.2f（高于核数说明有其他进程争用 CPU，结果偏慢）%n",
				startupMillis / 1000.0, load());
		if ("G1".equals(collector()) && HeapSampler.maxHeap() <= 1L << 30) {
			out.println("提示：本进程用的是 G1 垃圾回收器。批处理在小堆上用 -XX:+UseParallelGC 更省 CPU"
					+ "（10,000 份报送表的汇总约快 15%，见 README “Scale and the benchmark”）");
		}
		out.println();
		out.println("| N | cores | -Xmx | GC | JVM | total s | intake s | ledger s | circular s | unit PDFs s | ms/unit PDF"
				+ " | lead + notice PDFs s | ms/workbook | peak heap MB |");
		out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		String failedStep = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStatus() != BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse(null);
		String total = String.format(Locale.ROOT, "%.1f", runMillis / 1000.0)
				+ (execution.getStatus() == BatchStatus.COMPLETED ? ""
						: " FAILED" + (failedStep == null ? "" : " in " + failedStep) + failureKind(execution));
		out.println(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %.1f | %.1f | %s | %s | %s | %s | %.2f | %d |",
				this.returns, cores, xmx(), collector(), run == 1 ? "cold" : "warm", total, intake, ledger, circular, unitPdfs,
				perUnitPdf, otherPdfs, perWorkbook,
				mb(peak)));
		out.flush();
	}

	/**
	 * The report step split by when its PDFs were written: until the circular, the facts
	 * were loaded and the circular rendered; then the unit reports and reminders (they are
	 * queued first); then the lead units' tables and the rejection notices. Returns
	 * {circular s, unit PDFs s, other PDFs s, number of unit PDFs}.
	 */
	private static Optional<double[]> reportSplit(SyntheticWorkspace synthetic, StepExecution step) {
		if (step == null || step.getStartTime() == null || step.getEndTime() == null) {
			return Optional.empty();
		}
		long from = epochMillis(step.getStartTime());
		long to = epochMillis(step.getEndTime());
		Path folder = new Workspace(synthetic.root()).periodOutput(SyntheticWorkspace.PERIOD);
		try (Stream<Path> files = Files.list(folder)) {
			Optional<Path> circular = files
				.filter(p -> p.getFileName().toString().endsWith(".pdf") && p.getFileName().toString().contains("通报"))
				.findFirst();
			if (circular.isEmpty()) {
				return Optional.of(new double[] { (to - from) / 1000.0, 0, 0, 0 });
			}
			long written = Math.min(to, Math.max(from, Files.getLastModifiedTime(circular.get()).toMillis()));
			long unitsDone = written;
			long units = 0;
			Path unitFolder = folder.resolve(ReportWriter.UNIT_FOLDER);
			if (Files.isDirectory(unitFolder)) {
				try (Stream<Path> pdfs = Files.list(unitFolder)) {
					for (Path pdf : pdfs.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList()) {
						units++;
						unitsDone = Math.max(unitsDone, Files.getLastModifiedTime(pdf).toMillis());
					}
				}
			}
			unitsDone = Math.min(to, unitsDone);
			return Optional.of(new double[] { (written - from) / 1000.0, (unitsDone - written) / 1000.0,
					(to - unitsDone) / 1000.0, units });
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static long countPdfs(SyntheticWorkspace synthetic) {
		Path folder = new Workspace(synthetic.root()).periodOutput(SyntheticWorkspace.PERIOD);
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(".pdf")).count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static Map<String, Long> counts(JdbcTemplate jdbc, String sql, long executionId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try {
			jdbc.query(sql, rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			}, executionId);
		}
		catch (RuntimeException ex) {
			// the schema belongs to others and may change: counts are a sanity check only
		}
		return counts;
	}

	private static double seconds(StepExecution step) {
		if (step == null || step.getStartTime() == null || step.getEndTime() == null) {
			return 0;
		}
		return (epochMillis(step.getEndTime()) - epochMillis(step.getStartTime())) / 1000.0;
	}

	private static long epochMillis(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	/**
	 * Before the Spring context configures logging, logback logs everything at DEBUG: keep
	 * POI's chatter from writing the .xls returns (property sets written …) off the terminal.
	 */
	private static void quietPoi() {
		if (org.slf4j.LoggerFactory.getLogger("org.apache.poi") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(ch.qos.logback.classic.Level.ERROR);
		}
	}

	/** {@code  (OutOfMemoryError)} when that is what stopped the run. */
	private static String failureKind(JobExecution execution) {
		for (Throwable t : execution.getAllFailureExceptions()) {
			for (Throwable c = t; c != null; c = c.getCause()) {
				if (c instanceof OutOfMemoryError || String.valueOf(c.getMessage()).contains("OutOfMemoryError")) {
					return " (OutOfMemoryError)";
				}
			}
		}
		return "";
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long mb(long bytes) {
		return Math.round(bytes / 1048576.0);
	}

	/** The garbage collector in use: G1, Parallel, Serial, or the collectors' own names. */
	static String collector() {
		List<String> names = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(java.lang.management.GarbageCollectorMXBean::getName)
			.toList();
		if (names.stream().anyMatch(n -> n.startsWith("G1"))) {
			return "G1";
		}
		if (names.stream().anyMatch(n -> n.startsWith("PS "))) {
			return "Parallel";
		}
		if (names.contains("Copy") || names.contains("MarkSweepCompact")) {
			return "Serial";
		}
		return String.join("+", names);
	}

	/** The -Xmx the JVM was started with, e.g. {@code 256m}; else the default limit. */
	private static String xmx() {
		String value = null;
		for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (argument.startsWith("-Xmx")) {
				value = argument.substring(4);
			}
		}
		return value != null ? value : "默认" + mb(HeapSampler.maxHeap()) + "m";
	}

}
