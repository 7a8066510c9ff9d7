package org.workledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workledger.breakdown.Deadline;
import org.workledger.circulate.MailProperties;
import org.workledger.breakdown.DeadlineParser;
import org.workledger.period.Period;
import org.workledger.returns.ReturnChecker;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reports.Lights;
import org.workledger.reports.ReportsProperties;
import org.workledger.returns.SubmissionRepository;
import org.workledger.roster.Unit;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.RunLogListener;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceProperties;
import org.workledger.trends.Figures;
import org.workledger.trends.PeriodSummaries;
import org.workledger.trends.PeriodSummary;
import org.workledger.trends.YearSoFar;

/** The office's pages: the period at a glance, its files, the runs, the reports, the tables, uploads. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/office")
class OfficeController {

	private final MailProperties mail;

	private final org.workledger.returns.ReturnChecker checker;

	private final ConsoleQueries queries;

	private final PeriodSummaries summaries;

	private final ReferenceDataRepository reference;

	private final ConsoleRuns runs;

	private final Workspace workspace;

	private final ScheduleProperties schedule;

	private final ReportsProperties reports;

	private final SubmissionRepository submissions;

	private final OfficeTime time;

	OfficeController(ConsoleQueries queries, PeriodSummaries summaries, ReferenceDataRepository reference,
			ConsoleRuns runs, WorkspaceProperties workspace, ScheduleProperties schedule, ReportsProperties reports,
			SubmissionRepository submissions, OfficeTime time, MailProperties mail,
			org.workledger.returns.ReturnChecker checker) {
		this.reports = reports;
		this.checker = checker;
		this.mail = mail;
		this.submissions = submissions;
		this.time = time;
		this.queries = queries;
		this.summaries = summaries;
		this.reference = reference;
		this.runs = runs;
		this.workspace = workspace.workspace();
		this.schedule = schedule;
	}

	/**
	 * The period asked for, else the newest one consolidated (a stray return filed under a
	 * later month does not make the page open on that month), else the newest one anything
	 * happened for, else the current month.
	 */
	private Period chosen(String period, List<Period> periods) {
		if (period != null) {
			Optional<Period> parsed = Period.tryParse(period);
			if (parsed.isPresent()) {
				return parsed.get();
			}
		}
		for (Period candidate : periods) {
			if (this.summaries.consolidatedAsOf(candidate).isPresent()) {
				return candidate;
			}
		}
		// none consolidated yet: the month returns came in for, not next month's forms just handed out
		for (Period candidate : periods) {
			if (hasReturns(candidate)) {
				return candidate;
			}
		}
		if (!periods.isEmpty()) {
			return periods.get(0);
		}
		LocalDate today = LocalDate.now(ZoneId.of(this.schedule.zone()));
		return Period.of(today.getYear(), today.getMonthValue());
	}

	private void common(Model model, Period period, List<Period> periods) {
		List<Period> all = new ArrayList<>(periods);
		if (!all.contains(period)) {
			all.add(0, period);
		}
		model.addAttribute("periods", all);
		model.addAttribute("period", period);
		model.addAttribute("running", this.runs.running().orElse(null));
		model.addAttribute("lastEnded", lastEnded());
	}

	/**
	 * How this console's last run ended, unless a run has succeeded since (one typed on the
	 * command line, say): a distribute done by hand left the page showing the failed one.
	 */
	private ConsoleRuns.Ended lastEnded() {
		return this.runs.lastEnded()
			.filter(e -> e.succeeded() || !this.queries.succeededSince(e.endedAt()))
			.orElse(null);
	}

	@GetMapping
	String overview(@RequestParam(required = false) String period, Model model) {
		List<Period> periods = this.queries.periods();
		Period chosen = chosen(period, periods);
		common(model, chosen, periods);
		YearSoFar year = this.summaries.year(chosen.month().getYear(), chosen, true);
		Optional<PeriodSummary> summary = year.periods().stream().filter(p -> p.period().equals(chosen)).findFirst();
		model.addAttribute("summary", summary.orElse(null));
		if (summary.isEmpty()) {
			// returns of the period may have been taken in by another period's run: say so, or the clerk thinks it done
			List<String> accepted = this.queries.acceptedUnits(chosen);
			model.addAttribute("acceptedUnits", accepted);
			// and before the first run, who is expected and where each stands, as far as is known
			Map<String, String> sent = sentThroughThePage(chosen);
			java.util.Set<String> sentBack = sentBack(this.queries.filesOf(chosen));
			List<Map<String, Object>> expected = new ArrayList<>();
			for (Unit u : this.reference.units()) {
				Map<String, Object> row = new HashMap<>();
				row.put("name", u.name());
				row.put("category", u.category());
				row.put("contact", u.contact());
				row.put("phone", u.phone());
				row.put("note", accepted.contains(u.name()) ? "已接收，汇总后计入" : note(u.name(), sent, sentBack));
				expected.add(row);
			}
			model.addAttribute("expected", expected);
			return "office/overview";
		}
		PeriodSummary s = summary.get();
		Figures f = s.figures();
		model.addAttribute("figures", f);
		model.addAttribute("lateUnits", this.queries.acceptedSinceSummary(chosen));
		List<ConsoleQueries.TakenIn> files = this.queries.filesOf(chosen);
		List<ConsoleQueries.TakenIn> stillRejected = stillRejectedFiles(files);
		model.addAttribute("rejected", stillRejected.size());
		// the figure alone named no unit: one whose later copy was sent back after a return that passed is in no
		// list of units not reported
		model.addAttribute("rejectedLine", stillRejected.stream()
			.limit(5)
			.map(r -> (r.unitName() == null ? "" : r.unitName()) + "“" + r.fileName() + "”"
					+ (r.unitName() != null && files.stream().anyMatch(o -> "ACCEPTED".equals(o.outcome())
							&& r.unitName().equals(o.unitName())) ? "（此前已有一份通过，仍按那一份计入）" : ""))
			.collect(java.util.stream.Collectors.joining("、")) + (stillRejected.size() > 5 ? " 等" : ""));
		model.addAttribute("lightLegend", Lights.legend(this.reports.warningDays()));
		List<Map<String, Object>> items = new ArrayList<>();
		for (PeriodSummary.Item item : s.items()) {
			// as the circular: a task not done that falls due within the warning days makes its item yellow
			boolean dueSoon = s.tasks().stream()
				.filter(t -> t.itemNo() == item.itemNo() && t.figures().done() < t.figures().pairs())
				.map(t -> DeadlineParser.parse(t.deadlineText()).map(Deadline::due).orElse(null))
				.anyMatch(due -> Lights.dueSoon(due, s.asOf(), this.reports.warningDays()));
			Map<String, Object> row = new HashMap<>();
			row.put("no", item.itemNo());
			row.put("name", item.itemName());
			row.put("done", item.figures().done() + "/" + item.figures().pairs());
			row.put("overdue", item.figures().overdue());
			row.put("notReported", item.figures().notReported());
			row.put("light", Lights.of(item.figures().overdue(), dueSoon, item.figures().notReported()));
			items.add(row);
		}
		model.addAttribute("items", items);
		Map<String, Unit> roster = new HashMap<>();
		Map<String, Integer> rosterOrder = new HashMap<>();
		for (Unit u : this.reference.units()) {
			roster.put(u.name(), u);
			rosterOrder.put(u.name(), rosterOrder.size());
		}
		// a month before a rename lists the unit under its name then: its contact is the renamed unit's
		for (Unit u : this.reference.units()) {
			for (String former : u.formerNames()) {
				roster.putIfAbsent(former, u);
				rosterOrder.putIfAbsent(former, rosterOrder.get(u.name()));
			}
		}
		Map<String, PeriodSummary.Unit> units = year.units().getOrDefault(chosen, Map.of());
		List<Map<String, Object>> missing = new ArrayList<>();
		List<Map<String, Object>> chart = new ArrayList<>();
		// returns units sent through the page that wait for the next run: such a unit has reported, so it is not chased
		Map<String, String> sentBy = sentThroughThePage(chosen);
		java.util.Set<String> rejectedOn = sentBack(files);
		// a return of this month taken in by a later month's run (a corrected one, say) counts once the month is run again
		List<String> acceptedSince = this.queries.acceptedUnits(chosen);
		units.values()
			.stream()
			// in the roster's order, as the office lists its units (not by character code: 于洪区 first)
			.sorted(java.util.Comparator.comparing((PeriodSummary.Unit u) -> rosterOrder.getOrDefault(u.unitName(), Integer.MAX_VALUE))
				.thenComparing(PeriodSummary.Unit::unitName))
			.forEach(u -> {
				Unit known = roster.get(u.unitName());
				Map<String, Object> row = new HashMap<>();
				row.put("name", u.unitName());
				row.put("category", u.category());
				row.put("contact", known == null ? "" : known.contact());
				row.put("phone", known == null ? "" : known.phone());
				Integer progress = u.figures().averageProgress();
				// a unit whose tasks are all 长期坚持, reported without a percent, has no progress to show, not 0%
				row.put("progress", u.reported() ? progress : null);
				row.put("reported", u.reported());
				String note = !u.reported() && acceptedSince.contains(u.unitName()) ? "已接收，重新汇总本月后计入"
						: note(u.unitName(), sentBy, rejectedOn);
				row.put("note", note.isEmpty() && !u.reported() ? failedCheck(u.unitName(), chosen) : note);
				chart.add(row);
				if (!u.reported()) {
					missing.add(row);
				}
			});
		model.addAttribute("missing", missing);
		model.addAttribute("anyNote", missing.stream().anyMatch(row -> !row.get("note").toString().isEmpty()));
		model.addAttribute("chart", chart);
		return "office/overview";
	}

	/** Units with a return sent through the page for the period that waits for the run: when it was sent. */
	private Map<String, String> sentThroughThePage(Period period) {
		Map<String, String> sentBy = new HashMap<>();
		// the latest first: a unit's latest return is the one named
		for (Uploads.Placed placed : placedWaiting(period)) {
			sentBy.putIfAbsent(placed.unit(), this.time.format(placed.at(), "M月d日 HH:mm"));
		}
		return sentBy;
	}

	/**
	 * What the office should know of a unit not (yet) counted: a return sent through the page
	 * waits for the run, so the unit is not chased; one sent back is chased for a corrected
	 * return, not for a first one.
	 */
	private static String note(String unit, Map<String, String> sent, java.util.Set<String> sentBack) {
		return sent.containsKey(unit) ? "已提交（" + sent.get(unit) + "），待下次汇总计入"
				: sentBack.contains(unit) ? "已报送但被退回，待单位修改后重报" : "";
	}

	/**
	 * A unit that tried its page and was told of errors, and has sent nothing since: the office
	 * should know it is trying (and what stopped it) before phoning to chase it.
	 */
	private String failedCheck(String unit, Period period) {
		java.time.Instant from = period.firstDay().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		return Uploads.checkedFrom(Uploads.folderOf(this.workspace.data(), unit), 1)
			.stream()
			.filter(c -> c.at().isAfter(from))
			.findFirst()
			.map(c -> "已在本单位页面检查（" + this.time.format(c.at(), "M月d日 HH:mm") + "），有 " + c.errors()
					+ " 个错误，尚未报送")
			.orElse("");
	}

	/** Units with a rejected return among the period's files. */
	private static java.util.Set<String> sentBack(List<ConsoleQueries.TakenIn> files) {
		java.util.Set<String> units = new java.util.HashSet<>();
		for (ConsoleQueries.TakenIn file : files) {
			if (file.rejected() && file.unitName() != null) {
				units.add(file.unitName());
			}
		}
		return units;
	}

	/** Whether any return of the period was taken in, or waits in input/ from the pages. */
	private boolean hasReturns(Period period) {
		return !this.queries.filesOf(period).isEmpty() || !placedWaiting(period).isEmpty();
	}

	@PostMapping("/consolidate")
	String consolidate(@RequestParam String period, @RequestParam(required = false) String confirmed,
			Authentication who, RedirectAttributes flash, Model model) {
		Optional<Period> parsed = Period.tryParse(period);
		if (parsed.isEmpty()) {
			flash.addFlashAttribute("error", "期次“" + period + "”无法识别，请写成 2023-10");
			return "redirect:/office";
		}
		LocalDate today = LocalDate.now(ZoneId.of(this.schedule.zone()));
		Period p = parsed.get();
		if (confirmed == null && !hasReturns(p)) {
			// a month whose forms were just handed out: one click put every unit down as not reported and
			// showed each a reminder at once
			model.addAttribute("period", p);
			model.addAttribute("units", this.reference.units().size());
			return "office/confirm-consolidate";
		}
		// the month in progress is judged as of today, a closed month as of its last day (as the command line does)
		LocalDate asOf = p.lastDay().isAfter(today) ? today : p.lastDay();
		Optional<String> refused = this.runs.start(p, asOf, who.getName());
		if (refused.isPresent()) {
			flash.addFlashAttribute("error", refused.get());
			return "redirect:/office?period=" + p.key();
		}
		flash.addFlashAttribute("message", "已开始汇总" + p.label() + "，本页每 3 秒刷新一次进度；完成后“本期概况”的数字和报告随之更新。");
		return "redirect:/office/runs";
	}

	@PostMapping("/distribute")
	String distribute(@RequestParam String period, Authentication who, RedirectAttributes flash) {
		Optional<Period> parsed = Period.tryParse(period);
		if (parsed.isEmpty()) {
			flash.addFlashAttribute("error", "期次“" + period + "”无法识别，请写成 2023-10");
			return "redirect:/office/reports";
		}
		Optional<String> refused = this.runs.startDistribute(parsed.get(), who.getName());
		if (refused.isPresent()) {
			flash.addFlashAttribute("error", refused.get());
			return "redirect:/office/reports?period=" + parsed.get().key();
		}
		flash.addFlashAttribute("message", "已开始为各单位生成" + parsed.get().label() + "进展情况表，完成后在“报告下载”页和各单位页面可以下载。");
		return "redirect:/office/runs";
	}

	@PostMapping("/year-report")
	String yearReport(@RequestParam int year, Authentication who, RedirectAttributes flash) {
		Optional<String> refused = this.runs.startYearReport(year, who.getName());
		if (refused.isPresent()) {
			flash.addFlashAttribute("error", refused.get());
			return "redirect:/office/reports?period=" + Period.of(year, 12).key();
		}
		flash.addFlashAttribute("message", "已开始生成" + year + "年度报告，完成后在“报告下载”页的“年度报告”下可以下载。");
		return "redirect:/office/runs";
	}

	@GetMapping("/files")
	String files(@RequestParam(required = false) String period, Model model) {
		List<Period> periods = this.queries.periods();
		Period chosen = chosen(period, periods);
		common(model, chosen, periods);
		List<Map<String, Object>> rows = new ArrayList<>();
		List<ConsoleQueries.TakenIn> taken = this.queries.filesOf(chosen);
		model.addAttribute("superseded", ConsoleQueries.superseded(this.submissions, taken));
		model.addAttribute("putRight", ConsoleQueries.putRight(taken));
		for (ConsoleQueries.TakenIn file : taken) {
			Map<String, Object> row = new HashMap<>();
			row.put("file", file);
			row.put("downloads", RejectedFiles.of(this.workspace, file));
			rows.add(row);
		}
		model.addAttribute("files", rows);
		model.addAttribute("waiting", waiting(chosen));
		return "office/files";
	}

	@GetMapping("/files/{sha}")
	String file(@PathVariable String sha, Model model) {
		ConsoleQueries.TakenIn file = this.queries.file(sha).orElse(null);
		if (file == null) {
			return "redirect:/office/files";
		}
		model.addAttribute("file", file);
		model.addAttribute("findings", this.queries.findingsOf(sha));
		return "office/file";
	}

	@GetMapping("/runs")
	String runs(Model model) {
		List<ConsoleQueries.Run> listed = this.queries.runs(50);
		boolean going = listed.stream().anyMatch(ConsoleQueries.Run::unfinished) && this.runs.aRunIsGoing();
		model.addAttribute("runs", listed.stream().map(r -> r.asOfNow(going)).toList());
		// a run typed on the command line is going: the list follows it as it does the console's own
		model.addAttribute("anyGoing", going);
		model.addAttribute("running", this.runs.running().orElse(null));
		model.addAttribute("lastEnded", lastEnded());
		return "office/runs";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		ConsoleQueries.Run recorded = this.queries.run(id).orElse(null);
		if (recorded == null) {
			return "redirect:/office/runs";
		}
		boolean going = recorded.unfinished() && this.runs.aRunIsGoing();
		ConsoleQueries.Run run = recorded.asOfNow(going);
		model.addAttribute("run", run);
		// without mail set up the e-mail step sends nothing; the clerk need not read about it
		model.addAttribute("steps", this.queries.steps(id)
			.stream()
			.filter(step -> this.mail.enabled() || !"circulateStep".equals(step.name()))
			.map(step -> step.asOfNow(going))
			.toList());
		List<ConsoleQueries.FileCount> fileCounts = this.queries.fileCounts(id);
		model.addAttribute("fileCounts", fileCounts);
		model.addAttribute("fileTotal", fileCounts.stream().mapToLong(ConsoleQueries.FileCount::files).sum());
		// the files pages worth a look: the periods of the returns taken in, and the run's own
		java.util.TreeSet<Period> filePeriods = new java.util.TreeSet<>();
		fileCounts.forEach(c -> filePeriods.addAll(c.periods().keySet()));
		if (run.period() != null && !fileCounts.isEmpty()) {
			Period.tryParse(run.period()).ifPresent(filePeriods::add);
		}
		model.addAttribute("filePeriods", filePeriods.descendingSet());
		// what the clerk came for: the period's ledger and circular, to download from here
		List<ReportSections.Entry> papers = List.of();
		if ("consolidateJob".equals(run.job()) && run.period() != null && Period.tryParse(run.period()).isPresent()) {
			try {
				papers = ReportSections.of(reportFiles(Period.parse(run.period())))
					.stream()
					.filter(section -> section.title().equals(ReportSections.PAPERS))
					.findFirst()
					.map(ReportSections.Section::files)
					.orElse(List.of());
			}
			catch (IOException ex) {
				// the page without them
			}
		}
		model.addAttribute("papers", papers);
		model.addAttribute("log", runLog(run));
		model.addAttribute("live", run.unfinished());
		return "office/run";
	}


	private String runLog(ConsoleQueries.Run run) {
		if (run.period() == null) {
			return "";
		}
		Path folder = this.workspace.periodOutput(Period.parse(run.period())).resolve(RunLogListener.FOLDER);
		if (!Files.isDirectory(folder)) {
			return "";
		}
		try (Stream<Path> logs = Files.list(folder)) {
			Optional<Path> log = logs.filter(p -> p.getFileName().toString().endsWith("-" + run.id() + ".log")).findFirst();
			if (log.isEmpty()) {
				return "";
			}
			List<String> lines = Files.readAllLines(log.get());
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 400), lines.size()));
		}
		catch (IOException ex) {
			return "（无法读取运行日志：" + ex.getMessage() + "）";
		}
	}

	@GetMapping("/reports")
	String reports(@RequestParam(required = false) String period, Model model) throws IOException {
		List<Period> periods = this.queries.periods();
		Period chosen = chosen(period, periods);
		common(model, chosen, periods);
		List<String[]> files = reportFiles(chosen);
		model.addAttribute("files", files);
		model.addAttribute("sections",
				ReportSections.of(files, this.reference.units().stream().map(Unit::name).toList()));
		model.addAttribute("distributable", distributable(chosen));
		int year = chosen.month().getYear();
		model.addAttribute("year", year);
		model.addAttribute("yearReports", yearReports(year));
		return "office/reports";
	}

	/** The year report(s) of {@code year} that year-report or the button wrote, below output/. */
	private List<ReportSections.Entry> yearReports(int year) throws IOException {
		Path folder = this.workspace.output().resolve(year + "年度");
		List<ReportSections.Entry> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> all = Files.list(folder)) {
				all.filter(p -> p.toString().endsWith(".pdf") && Files.isRegularFile(p))
					.sorted()
					.forEach(p -> files.add(new ReportSections.Entry(p.getFileName().toString(),
							folder.relativize(p).toString(), this.workspace.output().relativize(p).toString())));
			}
		}
		return files;
	}

	/** A period's reports and workbooks: the path below the period's folder, and below output/. */
	private List<String[]> reportFiles(Period period) throws IOException {
		Path folder = this.workspace.periodOutput(period);
		List<String[]> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> all = Files.walk(folder, 3)) {
				all.filter(Files::isRegularFile)
					.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".xlsx")
							|| p.toString().endsWith(".xls"))
					.sorted(java.util.Comparator.comparing((Path p) -> folder.relativize(p).getNameCount())
						.thenComparing(Path::toString))
					.forEach(p -> files.add(new String[] { folder.relativize(p).toString(),
							this.workspace.output().relativize(p).toString() }));
			}
		}
		return files;
	}

	/**
	 * A period's files in one zip, or those under one heading of the reports page: to send
	 * the 49 reminders or the whole round on, without 49 clicks. Entries keep their folders
	 * (单位报告/…); names are UTF-8, as Windows' own zip tool reads them.
	 */
	@GetMapping("/reports/zip")
	ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> zip(
			@RequestParam String period, @RequestParam(required = false) String section) throws IOException {
		Period p = Period.tryParse(period).orElseThrow(Downloads.Missing::new);
		List<String[]> files = reportFiles(p);
		List<ReportSections.Entry> chosen = ReportSections.of(files)
			.stream()
			.filter(s -> section == null || s.title().equals(section))
			.flatMap(s -> s.files().stream())
			.toList();
		if (chosen.isEmpty()) {
			throw new Downloads.Missing();
		}
		Path output = this.workspace.output();
		String name = p.label() + "-" + (section == null ? "台账和报告" : section.replaceAll("（.*", "")) + ".zip";
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/zip"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out -> {
				try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out,
						java.nio.charset.StandardCharsets.UTF_8)) {
					for (ReportSections.Entry file : chosen) {
						zip.putNextEntry(new java.util.zip.ZipEntry(file.inPeriod()));
						Files.copy(output.resolve(file.underOutput()), zip);
						zip.closeEntry();
					}
				}
			});
	}

	/** A month of the 生成空白表 list. */
	record DistributableMonth(Period period, boolean selected, boolean generated) {

		public String label() {
			return this.period.label() + (this.generated ? "（已生成过）" : "");
		}

	}

	/**
	 * The months the office may hand out blank workbooks for, newest first, as the pages
	 * write them (2023年11月; the browser's own month picker speaks its locale, "November 2023"
	 * in an English one): every month of the years with a task breakdown (a month of another
	 * year could only fail), those already handed out marked so. Chosen: this month, else the
	 * month after the one on the page (the office usually hands out the next round), else the
	 * page's own, whichever has a task breakdown.
	 */
	private List<DistributableMonth> distributable(Period onPage) {
		java.time.YearMonth now = java.time.YearMonth.now(ZoneId.of(this.schedule.zone()));
		Period thisMonth = Period.of(now.getYear(), now.getMonthValue());
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(this.queries.breakdownYears());
		if (years.isEmpty()) {
			years.add(now.getYear());
		}
		Period selected = Stream.of(thisMonth, onPage.next(), onPage)
			.filter(p -> years.contains(p.firstDay().getYear()))
			.findFirst()
			.orElse(Period.of(years.last(), 12));
		List<DistributableMonth> months = new ArrayList<>();
		for (int year : years.descendingSet()) {
			for (int month = 12; month >= 1; month--) {
				Period p = Period.of(year, month);
				months.add(new DistributableMonth(p, p.equals(selected), this.workspace.formsHandedOut(p)));
			}
		}
		return months;
	}

	@GetMapping("/download")
	ResponseEntity<Resource> download(@RequestParam String path) {
		Path file = Uploads.within(this.workspace.output(), path);
		// the units' initial passwords are handed out from the folder, not fetched through a browser by any office account
		if (file != null && file.startsWith(this.workspace.accountsOutput().toAbsolutePath().normalize())) {
			throw new Downloads.Missing();
		}
		return Downloads.of(file);
	}

	@GetMapping("/tables")
	String tables(Model model) {
		model.addAttribute("tables", this.queries.tables());
		return "office/tables";
	}

	@GetMapping("/upload")
	String uploadForm() {
		return "office/upload";
	}

	@PostMapping("/upload")
	String upload(@RequestParam("files") List<MultipartFile> files, RedirectAttributes flash) throws IOException {
		List<String> placed = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		List<String> checks = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				// a file of 0 bytes was chosen (a copy that failed): said, not passed over as if none was
				if (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
					refused.add(Uploads.cleanName(file.getOriginalFilename()) + "（是空文件，0 字节）");
				}
				continue;
			}
			String name = Uploads.cleanName(file.getOriginalFilename());
			Path temp = Files.createTempFile(this.workspace.createDirectories(this.workspace.data().resolve("uploads")),
					"upload-", ".tmp");
			try {
				file.transferTo(temp);
				String extension = Uploads.workbookExtension(temp, name);
				if (extension == null) {
					String kind = Uploads.otherDocument(temp);
					refused.add(name + "（" + (kind.isEmpty() ? "" : "是" + kind + "，") + "不是 Excel 工作簿）");
					continue;
				}
				// checked once, as a unit's page checks it: refused here, or said at once what the run will make of it
				Optional<ReturnChecker.Result> checked = check(temp, Uploads.withExtension(name, extension));
				Optional<String> notAReturn = checked.flatMap(OfficeController::notAReturn);
				if (notAReturn.isPresent()) {
					refused.add(name + "（" + notAReturn.get() + "，未放入 input）");
					continue;
				}
				Optional<Path> same = Uploads.sameIn(this.workspace.input(), temp);
				if (same.isPresent()) {
					refused.add(name + "（与 input 文件夹中的“" + same.get().getFileName() + "”内容相同，未重复放入）");
					continue;
				}
				Path target = Uploads.placeInto(temp, this.workspace.input(), Uploads.withExtension(name, extension));
				placed.add(target.getFileName().toString());
				checked.map(result -> result.withFileName(target.getFileName().toString()))
					.flatMap(this::line)
					.ifPresent(checks::add);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		if (!placed.isEmpty()) {
			flash.addFlashAttribute("message", "已放入 input 文件夹：" + String.join("、", placed) + "。下次汇总时处理。");
			flash.addFlashAttribute("checks", checks);
		}
		if (!refused.isEmpty()) {
			// one line each: run together in one paragraph, ten refused files were hard to tell apart
			flash.addFlashAttribute("error", "未接收 " + refused.size() + " 个文件：");
			flash.addFlashAttribute("refused", refused);
		}
		if (placed.isEmpty() && refused.isEmpty()) {
			flash.addFlashAttribute("error", "没有选择文件");
		}
		return "redirect:/office/upload";
	}

	/** The check of an uploaded workbook, as a unit's page checks it; none before the tables are in. */
	private Optional<ReturnChecker.Result> check(Path file, String name) {
		if (!this.checker.ready()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.checker.check(file, name, this.workspace));
		}
		catch (RuntimeException ex) {
			// placed all the same: the run checks it
			return Optional.empty();
		}
	}

	/**
	 * What the run will make of a return just placed: a return with errors is known at once,
	 * not after the next run. Task breakdowns and rosters are not returns: they are left to the run.
	 */
	private Optional<String> line(ReturnChecker.Result result) {
		if (!result.workbook()) {
			return Optional.empty();
		}
		String named = String.join("，", Stream.of(result.unitName(), result.period() == null ? "" : result.period().label())
			.filter(part -> !part.isEmpty())
			.toList());
		String who = named.isEmpty() ? "" : "（" + named + "）";
		if (result.accepted()) {
			rememberPlaced(result);
			return Optional.of(result.fileName() + who + "：检查通过"
					+ (result.warnings() > 0 ? "，有 " + result.warnings() + " 个提示" : ""));
		}
		org.workledger.findings.Finding first = result.findings()
			.stream()
			.filter(org.workledger.findings.Finding::isError)
			.findFirst()
			.orElse(null);
		return Optional.of(result.fileName() + who + "：有 " + result.errors() + " 个错误，汇总时会被退回"
				+ (first == null ? "" : "（如 " + first.location().sheetCell() + "：" + first.message() + "）")
				+ "；汇总后可在“报表文件”页下载问题清单和退回修改版");
	}

	/**
	 * Why a workbook the office uploads is not taken: neither a return of a unit it can tell
	 * nor a task breakdown or roster (a sign-in sheet, a 问题清单, a file with a password).
	 * Placed in input/, it was sent back to nobody and named in the circular as a return
	 * "sent back to the unit concerned".
	 */
	private static Optional<String> notAReturn(ReturnChecker.Result result) {
		if (result.referenceTable() || !result.unitName().isEmpty() || result.errors() == 0) {
			return Optional.empty();
		}
		return result.findings()
			.stream()
			.filter(org.workledger.findings.Finding::isError)
			.findFirst()
			.map(first -> "看不出是哪个单位的进展情况表：" + first.message());
	}

	/**
	 * A return the office placed, noted as a unit's page notes its own: the overview then says
	 * the unit has sent it (no reminder), and the files page lists it as waiting for the run.
	 */
	private void rememberPlaced(ReturnChecker.Result result) {
		if (result.unitName().isEmpty() || result.period() == null) {
			return;
		}
		try {
			byte[] random = new byte[8];
			new java.security.SecureRandom().nextBytes(random);
			Path folder = this.workspace.createDirectories(this.workspace.data()
				.resolve("uploads")
				.resolve(OFFICE_UPLOADS)
				.resolve(java.util.HexFormat.of().formatHex(random)));
			Uploads.rememberPlaced(folder, result.fileName(), result.sha256(), result.unitName(), result.period().key());
		}
		catch (IOException ex) {
			// the file is in input/ all the same; only the note that it waits is missing
		}
	}

	/** data/uploads/ holds a folder per unit, named by a hash; the office's own uploads beside them. */
	private static final String OFFICE_UPLOADS = "office";

	/** Returns placed into input/ through the pages (by units or the office) for the period, not yet taken in; the latest first. */
	private List<Uploads.Placed> placedWaiting(Period period) {
		return Uploads.placedByAll(this.workspace.data().resolve("uploads"))
			.stream()
			.filter(placed -> placed.period().equals(period.key()))
			.filter(placed -> Uploads.stillWaiting(placed, this.workspace.input(), this.submissions))
			.toList();
	}

	/** {@link #placedWaiting} as the files page lists them. */
	private List<Map<String, String>> waiting(Period period) {
		return placedWaiting(period).stream()
			.map(placed -> Map.of("name", placed.inputName(), "unit", placed.unit(), "when",
					this.time.format(placed.at(), "M月d日 HH:mm")))
			.toList();
	}

	/** Rejected returns whose unit has sent no accepted return since: what still waits for a unit. */
	static long stillRejected(List<ConsoleQueries.TakenIn> files) {
		return stillRejectedFiles(files).size();
	}

	/** The rejected returns still waiting for their units, as the overview names them under its figure. */
	static List<ConsoleQueries.TakenIn> stillRejectedFiles(List<ConsoleQueries.TakenIn> files) {
		Map<String, java.time.LocalDateTime> latestAccepted = new HashMap<>();
		for (ConsoleQueries.TakenIn file : files) {
			if ("ACCEPTED".equals(file.outcome()) && file.unitName() != null && file.modifiedAt() != null) {
				latestAccepted.merge(file.unitName(), file.modifiedAt(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return files.stream().filter(ConsoleQueries.TakenIn::rejected).filter(file -> {
			java.time.LocalDateTime accepted = file.unitName() == null ? null : latestAccepted.get(file.unitName());
			return accepted == null || file.modifiedAt() != null && accepted.isBefore(file.modifiedAt());
		}).toList();
	}

}
