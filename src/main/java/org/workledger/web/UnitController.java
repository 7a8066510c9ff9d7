package org.workledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workledger.accounts.Account;
import org.workledger.accounts.Accounts;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.findings.Finding;
import org.workledger.distribute.ProgressWorkbookSpecs;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.returns.ReturnChecker;
import org.workledger.returns.SubmissionRepository;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceProperties;

/**
 * A unit's pages: its tasks, its returns with their findings, its reports, and the upload
 * that checks a return at once with the batch's rules and, when it has no error, puts it
 * into input/ for the next run. A unit sees nothing of another unit.
 */
@Controller
@ConditionalOnWebApplication
class UnitController {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

	/** The folders distribute writes into: output/2023-10/ … */
	private static final Pattern PERIOD_FOLDER = Pattern.compile("\\d{4}-\\d{2}");

	/** How many of the unit's latest checks that sent nothing the page lists. */
	private static final int CHECKS_SHOWN = 5;

	/** How many periods' blank workbooks the page offers. */
	private static final int BLANK_PERIODS = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final Accounts accounts;

	private final ConsoleQueries queries;

	private final ReferenceDataRepository reference;

	private final ReturnChecker checker;

	private final SubmissionRepository submissions;

	private final Workspace workspace;

	private final ScheduleProperties schedule;

	private final ConsoleRuns runs;

	/** Days after a month's end its returns are due ({@code workledger.reports.returns-due-days}). */
	private final int returnsDueDays;

	UnitController(Accounts accounts, ConsoleQueries queries, ReferenceDataRepository reference, ReturnChecker checker,
			SubmissionRepository submissions, WorkspaceProperties workspace, ScheduleProperties schedule,
			ConsoleRuns runs, org.workledger.reports.ReportsProperties reports) {
		this.returnsDueDays = reports.returnsDueDays();
		this.accounts = accounts;
		this.runs = runs;
		this.queries = queries;
		this.reference = reference;
		this.checker = checker;
		this.submissions = submissions;
		this.workspace = workspace.workspace();
		this.schedule = schedule;
	}

	private String unitOf(Authentication who) {
		return this.accounts.find(who.getName()).map(Account::unitName).orElseThrow();
	}

	@GetMapping("/unit")
	String home(Authentication who, Model model) {
		String unit = unitOf(who);
		model.addAttribute("unit", unit);
		Map<String, BreakdownTask> tasks = new HashMap<>();
		this.reference.tasks().forEach(t -> tasks.put(t.id(), t));
		List<Map<String, Object>> mine = new ArrayList<>();
		for (Assignment a : this.reference.assignments()) {
			BreakdownTask task = tasks.get(a.taskId());
			if (a.unitName().equals(unit) && task != null) {
				mine.add(Map.of("id", task.id(), "text", task.text(), "deadline", task.deadline().label(), "role",
						a.role().label()));
			}
		}
		model.addAttribute("tasks", mine);
		List<ConsoleQueries.TakenIn> returns = this.queries.filesOfUnit(unit);
		model.addAttribute("returns", returns);
		model.addAttribute("superseded", ConsoleQueries.superseded(this.submissions, returns));
		model.addAttribute("putRight", ConsoleQueries.putRight(returns));
		model.addAttribute("documents", documents(unit, returns));
		List<String[]> blanks = blankWorkbooks(unit);
		List<Map<String, String>> waiting = waiting(unit);
		model.addAttribute("blanks", blanks);
		model.addAttribute("waiting", waiting);
		// a failed check followed by a return sent through the page is likely settled: said so, still downloadable
		java.time.Instant lastSent = Uploads.placedFrom(uploads(unit))
			.stream()
			.map(Uploads.Placed::at)
			.max(java.util.Comparator.naturalOrder())
			.orElse(java.time.Instant.MIN);
		model.addAttribute("checked", Uploads.checkedFrom(uploads(unit), CHECKS_SHOWN).stream()
			.map(c -> Map.of("token", c.token(), "name", c.name(), "errors", c.errors(), "downloads", c.downloads(), "when",
					c.at().atZone(ZoneId.of(this.schedule.zone())).format(WHEN), "settled", c.at().isBefore(lastSent)))
			.toList());
		model.addAttribute("nextRun", nextRun());
		model.addAttribute("due", due(blanks, returns, waiting, java.time.LocalDate.now(ZoneId.of(this.schedule.zone())),
				this.returnsDueDays));
		return "unit/home";
	}

	/**
	 * Where the unit stands on the month last distributed to it, in one line at the top of its
	 * page: the page listed forms and returns, and never said which month was asked for.
	 */
	static String due(List<String[]> blanks, List<ConsoleQueries.TakenIn> returns, List<Map<String, String>> waiting,
			java.time.LocalDate today, int dueDays) {
		List<Period> distributed = blanks.stream()
			.flatMap(b -> Period.tryParse(b[1].substring(0, b[1].indexOf('/'))).stream())
			.toList();
		if (distributed.isEmpty()) {
			return "";
		}
		Period newest = distributed.get(0);
		String line = "本期应报送：" + newest.label() + "进展情况表。" + switch (standing(newest, returns, waiting)) {
			case PASSED -> "本单位已报送，检查通过。";
			case WAITING -> "本单位已提交，等待汇总接收。";
			case SENT_BACK -> "本单位报送的表格被退回，请按问题清单修改后重新提交。";
			case MISSING -> "本单位还没有报送。";
		};
		// the day it is due, as the reminders and notices say it: the page never said it, nor that it had passed
		Standing now = standing(newest, returns, waiting);
		if (now == Standing.MISSING || now == Standing.SENT_BACK) {
			java.time.LocalDate dueOn = newest.lastDay().plusDays(dueDays);
			String day = dueOn.getMonthValue() + "月" + dueOn.getDayOfMonth() + "日";
			line += today.isAfter(dueOn) ? "报送时限" + day + "已过，请尽快报送。" : "请于" + day + "前报送。";
		}
		// the month before, if it is still outstanding: a unit told only of November forgot October
		if (distributed.size() > 1) {
			Period before = distributed.get(1);
			Standing earlier = standing(before, returns, waiting);
			if (earlier == Standing.MISSING) {
				line += "另外，" + before.label() + "的进展情况表还没有报送，请尽快补报（可在下面的“空白进展情况表”中下载）。";
			}
			else if (earlier == Standing.SENT_BACK) {
				line += "另外，" + before.label() + "报送的表格被退回，请修改后重新提交。";
			}
		}
		return line;
	}

	private enum Standing {
		PASSED, WAITING, SENT_BACK, MISSING
	}

	private static Standing standing(Period period, List<ConsoleQueries.TakenIn> returns, List<Map<String, String>> waiting) {
		List<ConsoleQueries.TakenIn> ofPeriod = returns.stream().filter(r -> period.key().equals(r.period())).toList();
		if (ofPeriod.stream().anyMatch(r -> !r.rejected())) {
			return Standing.PASSED;
		}
		if (waiting.stream().anyMatch(w -> period.label().equals(w.get("period")))) {
			return Standing.WAITING;
		}
		return ofPeriod.isEmpty() ? Standing.MISSING : Standing.SENT_BACK;
	}

	/**
	 * The unit's blank workbooks as {@code distribute} wrote them, the newest periods first
	 * (label, path below output/): a unit that lost the e-mail, or wants a clean copy to start
	 * again, takes it from here.
	 */
	private List<String[]> blankWorkbooks(String unit) {
		List<String[]> blanks = new ArrayList<>();
		Path output = this.workspace.output();
		if (!Files.isDirectory(output)) {
			return blanks;
		}
		try (java.util.stream.Stream<Path> folders = Files.list(output)) {
			List<Period> periods = folders.filter(Files::isDirectory)
				.map(folder -> folder.getFileName().toString())
				.filter(name -> PERIOD_FOLDER.matcher(name).matches())
				.flatMap(name -> Period.tryParse(name).stream())
				.sorted(java.util.Comparator.reverseOrder())
				.toList();
			for (Period period : periods) {
				String name = ProgressWorkbookSpecs.fileName(unit, period);
				if (Files.isRegularFile(output.resolve(period.key()).resolve(name)) && blanks.size() < BLANK_PERIODS) {
					blanks.add(new String[] { period.label(), period.key() + "/" + name, name });
				}
			}
		}
		catch (IOException ex) {
			// no listing, no blanks: the page still shows the rest
		}
		return blanks;
	}

	/**
	 * Returns this unit sent through the page that wait in input/ for the next run: the run
	 * has not taken them in yet, so they are not among the returns above. Without this list
	 * a unit that sent its return in the morning saw nothing of it until the evening's run.
	 */
	private List<Map<String, String>> waiting(String unit) {
		List<Map<String, String>> waiting = new ArrayList<>();
		Set<String> periodsSeen = new java.util.HashSet<>();
		// the latest first: of two sent for one month before the run, the later counts, and the earlier says so
		for (Uploads.Placed placed : Uploads.placedFrom(uploads(unit))) {
			if (Uploads.stillWaiting(placed, this.workspace.input(), this.submissions)) {
				boolean later = !periodsSeen.add(placed.period());
				waiting.add(Map.of("name", placed.inputName(), "when",
						placed.at().atZone(ZoneId.of(this.schedule.zone())).format(WHEN), "period",
						Period.tryParse(placed.period()).map(Period::label).orElse(""), "token", placed.token(), "note",
						later ? "（同一期后来又提交了一份，以后来的为准）" : ""));
			}
		}
		return waiting;
	}

	/** The unit's reports and the files of its rejected returns: label, path below output/. */
	private List<String[]> documents(String unit) {
		return documents(unit, this.queries.filesOfUnit(unit));
	}

	/** As {@link #documents(String)}, with the unit's files already read. */
	private List<String[]> documents(String unit, List<ConsoleQueries.TakenIn> files) {
		List<String[]> documents = new ArrayList<>();
		Path output = this.workspace.output().toAbsolutePath().normalize();
		for (String[] d : this.queries.documentsOf(unit)) {
			Path path = Path.of(d[1]).toAbsolutePath().normalize();
			if (path.startsWith(output) && Files.isRegularFile(path)) {
				String relative = output.relativize(path).toString();
				if (documents.stream().noneMatch(x -> x[1].equals(relative))) {
					documents.add(new String[] { path.getFileName().toString(), relative });
				}
			}
		}
		for (ConsoleQueries.TakenIn file : files) {
			for (String[] f : RejectedFiles.of(this.workspace, file)) {
				// a rejection notice is among the run's documents already: listed once
				if (documents.stream().noneMatch(x -> x[1].equals(f[1]))) {
					documents.add(new String[] { "退回的“" + file.fileName() + "”：" + RejectedFiles.kind(f[0]), f[1] });
				}
			}
		}
		// a period the unit has since reported on: its rejection papers are history, and said to be
		Set<String> settled = ConsoleQueries.settledPeriods(files);
		for (String[] d : documents) {
			if (settled.stream().anyMatch(period -> d[1].startsWith(period + "/" + REJECTED_FOLDER + "/"))) {
				d[0] = d[0] + "（之后已重新报送并通过，可不再理会）";
			}
		}
		return documents;
	}

	private static final String REJECTED_FOLDER = org.workledger.returns.RejectionFiles.FOLDER;


	@GetMapping("/unit/download")
	ResponseEntity<Resource> download(@RequestParam String path, Authentication who) {
		String unit = unitOf(who);
		boolean own = documents(unit).stream().anyMatch(d -> d[1].equals(path))
				|| blankWorkbooks(unit).stream().anyMatch(d -> d[1].equals(path));
		if (!own) {
			throw new Downloads.Missing();
		}
		return Downloads.of(Uploads.within(this.workspace.output(), path));
	}

	@GetMapping("/unit/returns/{sha}")
	String ownReturn(@PathVariable String sha, Authentication who, Model model) {
		String unit = unitOf(who);
		ConsoleQueries.TakenIn file = this.queries.file(sha).filter(f -> unit.equals(f.unitName())).orElse(null);
		if (file == null) {
			return "redirect:/unit";
		}
		model.addAttribute("unit", unit);
		model.addAttribute("file", file);
		model.addAttribute("findings", this.queries.findingsOf(sha));
		model.addAttribute("downloads", RejectedFiles.of(this.workspace, file));
		return "unit/return";
	}

	@PostMapping("/returns")
	String upload(@RequestParam("file") MultipartFile file, Authentication who, Model model, RedirectAttributes flash)
			throws IOException {
		String unit = unitOf(who);
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			flash.addFlashAttribute("error", "请先选择要报送的表格文件");
			return "redirect:/unit";
		}
		if (file.isEmpty()) {
			flash.addFlashAttribute("error", "“" + Uploads.cleanName(file.getOriginalFilename())
					+ "”是空文件（0 字节），里面没有内容。可能是复制或下载没有完成，请找到填好的进展情况表重新选择");
			return "redirect:/unit";
		}
		if (!this.checker.ready()) {
			flash.addFlashAttribute("error", "汇总部门还没有导入任务分解表和单位名册，暂时无法检查，请稍后再试");
			return "redirect:/unit";
		}
		String name = Uploads.cleanName(file.getOriginalFilename());
		String token = token();
		Path folder = this.workspace.createDirectories(uploads(unit).resolve(token));
		Path received = folder.resolve("received.bin");
		file.transferTo(received);
		String extension = Uploads.workbookExtension(received, name);
		if (extension == null) {
			String kind = Uploads.otherDocument(received);
			flash.addFlashAttribute("error", "“" + name + "”" + (kind.isEmpty() ? "" : "是" + kind + "，")
					+ "不是 Excel 工作簿（.xlsx 或 .xls），请上传本单位填好的进展情况表");
			return "redirect:/unit";
		}
		name = Uploads.withExtension(name, extension);
		Path kept = Files.move(received, folder.resolve(name));
		ReturnChecker.Result checked = this.checker.check(kept, name, this.workspace);
		boolean otherUnit = !checked.unitName().isEmpty() && !checked.unitName().equals(unit);
		ReturnChecker.Result result = checked.forAccountOf(unit);
		List<Finding> findings = new ArrayList<>(result.findings());
		findings.sort(java.util.Comparator.comparing((Finding f) -> !f.isError()));
		model.addAttribute("unit", unit);
		model.addAttribute("result", result);
		model.addAttribute("findings", findings);
		model.addAttribute("lines", FindingLines.of(findings, result.taskOfRow()));
		model.addAttribute("otherUnit", otherUnit);
		List<String> downloads = new ArrayList<>();
		if (!findings.isEmpty()) {
			for (Path written : this.checker.writeMarkedUp(result, kept, folder)) {
				downloads.add(written.getFileName().toString());
			}
		}
		model.addAttribute("token", token);
		model.addAttribute("downloads", downloads);
		if (!result.accepted() || otherUnit) {
			Uploads.rememberChecked(folder, name, Math.max(1, result.errors()), downloads);
		}
		if (result.accepted() && !otherUnit) {
			if (this.submissions.knownFileName(result.sha256()).isPresent()) {
				model.addAttribute("placed", "这份表格此前已经收到，无需重复报送。");
			}
			else {
				Optional<Path> sent = Uploads.sameIn(this.workspace.input(), kept);
				if (sent.isPresent()) {
					model.addAttribute("placed", "这份表格此前已经提交（文件“" + sent.get().getFileName() + "”），"
							+ countsFor(result.period()) + "将在下次汇总（" + nextRun() + "）时接收，无需重复报送。");
				}
				else {
					String periodKey = result.period() == null ? "" : result.period().key();
					List<String> replaced = withdrawEarlier(unit, periodKey);
					Path placed = Uploads.placeInto(kept, this.workspace.input(), name);
					Uploads.rememberPlaced(folder, placed.getFileName().toString(), result.sha256(), unit, periodKey);
					model.addAttribute("placed", "已提交，文件“" + placed.getFileName() + "”" + countsFor(result.period())
							+ "将在下次汇总（" + nextRun() + "）时接收。"
							+ (replaced.isEmpty() ? ""
									: "此前提交、尚未汇总的“" + String.join("”“", replaced) + "”已撤下，以这一份为准。"));
				}
			}
			periodNote(unit, result.period()).ifPresent(note -> model.addAttribute("periodNote", note));
		}
		return "unit/check";
	}

	/**
	 * The unit's earlier returns of the same month still waiting in input/, taken back out: the
	 * page says the later one counts, while a run that took in both would count the one with the
	 * later 填报日期 (a correction that also put the date right lost to the draft). Not while a run
	 * goes: one that is reading input/ takes in the earlier, and the later comes in the next run
	 * and counts as later anyway.
	 */
	private List<String> withdrawEarlier(String unit, String period) throws IOException {
		List<String> withdrawn = new ArrayList<>();
		if (period.isEmpty() || this.runs.aRunIsGoing()) {
			return withdrawn;
		}
		for (Uploads.Placed earlier : Uploads.placedFrom(uploads(unit))) {
			if (earlier.period().equals(period) && TOKEN.matcher(earlier.token()).matches() && Uploads
				.withdraw(earlier, uploads(unit).resolve(earlier.token()), this.workspace.input(), this.submissions)) {
				withdrawn.add(earlier.inputName());
			}
		}
		return withdrawn;
	}

	private static String countsFor(Period period) {
		return period == null ? "" : "计入" + period.label() + "，";
	}

	/**
	 * A return of another month than the one last distributed to the unit: most often last
	 * month's form filled in again (its 报送期次 is locked), so the unit reported on the wrong
	 * month without knowing; said at once, while the unit is still at the page.
	 */
	private Optional<String> periodNote(String unit, Period period) {
		if (period == null) {
			return Optional.empty();
		}
		return blankWorkbooks(unit).stream()
			.findFirst()
			.flatMap(newest -> Period.tryParse(newest[1].substring(0, newest[1].indexOf('/'))))
			.filter(newest -> !newest.equals(period))
			.map(newest -> "请注意：这份表格的报送期次是" + period.label() + "，本单位最近下发的是" + newest.label() + "的进展情况表。"
					+ (period.compareTo(newest) < 0 ? "如果要报送" + newest.label() + "的进展，请从本单位页面下载" + newest.label()
							+ "的空白表填写后再提交；补报" + period.label() + "的不用理会这条提示。" : "请确认报送期次没有填错。"));
	}

	/**
	 * A return sent by mistake (the wrong file, last month's form) taken back before the run
	 * takes it in; not while a run goes, which may be reading input/ at that moment.
	 */
	@PostMapping("/unit/withdraw")
	String withdraw(@RequestParam String token, @RequestParam(required = false) String confirmed, Authentication who,
			Model model, RedirectAttributes flash) throws IOException {
		String unit = unitOf(who);
		Optional<Uploads.Placed> placed = Uploads.placedFrom(uploads(unit))
			.stream()
			.filter(p -> p.token().equals(token))
			.findFirst();
		if (placed.isEmpty() || !TOKEN.matcher(token).matches()) {
			throw new Downloads.Missing();
		}
		if (confirmed == null) {
			// a button next to the return that counts: one slip and the unit would be 未报送 at the run
			model.addAttribute("name", placed.get().inputName());
			model.addAttribute("period", Period.tryParse(placed.get().period()).map(Period::label).orElse(""));
			model.addAttribute("when", placed.get().at().atZone(ZoneId.of(this.schedule.zone())).format(WHEN));
			model.addAttribute("token", token);
			return "unit/confirm-withdraw";
		}
		if (this.runs.aRunIsGoing()) {
			flash.addFlashAttribute("error", "正在汇总，暂时不能撤回，请稍后再试");
		}
		else if (Uploads.withdraw(placed.get(), uploads(unit).resolve(token), this.workspace.input(), this.submissions)) {
			flash.addFlashAttribute("message", "已撤回“" + placed.get().inputName() + "”，它不会被汇总。如需报送，请重新提交改好的表格。");
		}
		else {
			flash.addFlashAttribute("error", "“" + placed.get().inputName() + "”已被汇总接收，不能撤回；请提交改好的表格，同一期以后来通过的为准");
		}
		return "redirect:/unit";
	}

	@GetMapping("/unit/checks/{token}/{name}")
	ResponseEntity<Resource> checked(@PathVariable String token, @PathVariable String name, Authentication who) {
		if (!TOKEN.matcher(token).matches() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new Downloads.Missing();
		}
		Path file = uploads(unitOf(who)).resolve(token).resolve(name);
		if (Set.of("received.bin", Uploads.PLACED, Uploads.CHECKED).contains(name)) {
			throw new Downloads.Missing();
		}
		return Downloads.of(file);
	}

	/** Each unit's uploads in a folder of its own, named by a hash so that no name leads elsewhere. */
	private Path uploads(String unit) {
		return Uploads.folderOf(this.workspace.data(), unit);
	}

	private static String token() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private String nextRun() {
		Instant next = this.schedule.nextRun(Instant.now());
		return next.atZone(ZoneId.of(this.schedule.zone())).format(WHEN);
	}

}
