package org.workledger.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.workledger.returns.RejectionFiles;
import org.workledger.roster.Unit;
import org.workledger.system.Console;
import org.workledger.system.ProgramStamp;
import org.workledger.system.WorkledgerException;

/**
 * Writes the PDFs of a period into its output folder: the circular, a report or reminder
 * per unit, a supervision table per lead unit and a notice per rejected return. The many
 * small PDFs are rendered on all cores; templates are compiled once.
 */
public final class ReportWriter {

	private final ReportTemplates templates;

	private final PdfRenderer renderer;

	/** The subfolder of a period's output with the unit reports and reminders. */
	public static final String UNIT_FOLDER = UnitReports.FOLDER;

	/** Where the digests of the per-unit PDFs are kept (see {@link UnchangedReports}); null: none kept. */
	private final Path dataFolder;

	public ReportWriter(ReportTemplates templates, PdfRenderer renderer) {
		this(templates, renderer, null);
	}

	/** @param dataFolder the workspace's {@code data/}: per-unit PDFs whose inputs did not change are kept */
	public ReportWriter(ReportTemplates templates, PdfRenderer renderer, Path dataFolder) {
		this.templates = templates;
		this.renderer = renderer;
		this.dataFolder = dataFolder;
	}

	/** Makes the next run write every per-unit PDF again, whatever it was written from ({@code consolidate --force}). */
	public static void forgetWrittenReports(Path dataFolder) {
		try {
			Files.deleteIfExists(dataFolder.resolve(UnchangedReports.FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法删除 " + dataFolder.resolve(UnchangedReports.FILE), ex);
		}
	}

	/** The circular; returns its path. */
	public Path circular(PeriodFacts facts, Path folder) {
		return export(fillCircular(facts, folder));
	}

	/**
	 * A report filled and not yet written, with its title and file.
	 *
	 * @param office the office's clock, which tells an earlier day's circular (see EarlierCirculars)
	 * @param digest what the circular says, as a digest of its inputs; null when they cannot be digested
	 */
	public record Filled(JasperPrint print, String title, Path target, ZoneId office, String digest) {
	}

	/**
	 * The circular filled: what it says no longer needs the period's rows, so a caller that
	 * writes nothing else can let them go before {@link #export} loads the PDF fonts.
	 */
	public Filled fillCircular(PeriodFacts facts, Path folder) {
		CircularReport circular = new CircularReport(facts);
		Map<String, Object> parameters = circular.parameters();
		Map<String, JasperReport> sections = new HashMap<>();
		for (String kind : CircularReport.SECTION_KINDS) {
			sections.put(kind, this.templates.get(CircularReport.TEMPLATE + "-" + kind));
		}
		Path target = folder.resolve(circular.fileName());
		String title = circular.title() + "（" + facts.period().label() + "）";
		List<Map<String, ?>> contents = circular.sections();
		String digest = circularDigest(title, parameters, contents);
		parameters.put("SECTION_REPORTS", sections);
		JasperPrint print = this.renderer.fill(this.templates.get(CircularReport.TEMPLATE), parameters,
				PdfRenderer.rows(contents), target);
		return new Filled(print, title, target, facts.office(), digest);
	}

	/** The digest of what a circular says: the program, its templates, its parameters and its sections' rows. */
	private String circularDigest(String title, Map<String, Object> parameters, List<Map<String, ?>> sections) {
		StringBuilder made = new StringBuilder(ProgramStamp.current()).append('\n').append(this.renderer.author());
		made.append('\n').append(this.templates.identity(CircularReport.TEMPLATE));
		for (String kind : CircularReport.SECTION_KINDS) {
			made.append('\n').append(this.templates.identity(CircularReport.TEMPLATE + "-" + kind));
		}
		List<Map<String, ?>> plain = new ArrayList<>();
		for (Map<String, ?> section : sections) {
			Map<String, Object> copy = new HashMap<>(section);
			if (copy.get("rows") instanceof net.sf.jasperreports.engine.data.JRMapCollectionDataSource rows) {
				copy.put("rows", new ArrayList<>(rows.getData()));
			}
			plain.add(copy);
		}
		return UnchangedReports.digest(made.toString(), title, parameters, plain);
	}

	public Path export(Filled filled) {
		EarlierCirculars history = EarlierCirculars.in(this.dataFolder);
		history.keepBeforeWriting(filled.target(), filled.digest(), filled.office(), LocalDate.now(filled.office()))
			.ifPresent(kept -> Console.info("  此前生成的通报已移到 " + kept + "（留底；新版写在原处）"));
		this.renderer.export(filled.print(), filled.title(), filled.target());
		history.written(filled.target(), filled.digest());
		return filled.target();
	}

	/** Rows above which a lead unit's table is filled with most of its pages swapped to disk. */
	static final int LARGE_TABLE = 2_000;

	/** Unit reports and reminders, lead-unit tables and rejection notices; returns how many of each. */
	public Map<String, Integer> perUnit(PeriodFacts facts, Path folder) {
		return perUnit(facts, folder, new ArrayList<>());
	}

	/** As {@link #perUnit(PeriodFacts, Path)}, adding every document written to {@code written}. */
	public Map<String, Integer> perUnit(PeriodFacts facts, Path folder, List<ReportDocument> written) {
		return perUnit(facts, folder, written, null);
	}

	/**
	 * As {@link #perUnit(PeriodFacts, Path, List)}, with {@code first} (the circular) run in
	 * the same pool ahead of the others: the longest document no longer keeps a core idle
	 * while it is written alone.
	 */
	public Map<String, Integer> perUnit(PeriodFacts facts, Path folder, List<ReportDocument> written,
			Runnable first) {
		UnitReports units = new UnitReports(facts);
		LeadUnitReports leads = new LeadUnitReports(facts);
		RejectionNotices notices = new RejectionNotices(facts);
		Path unitFolder = folder.resolve(UnitReports.FOLDER);
		Path leadFolder = folder.resolve(LeadUnitReports.FOLDER);
		UnchangedReports unchanged = UnchangedReports.in(this.dataFolder);
		String made = ProgramStamp.current() + "\n" + this.renderer.author() + "\n";
		List<Runnable> jobs = new ArrayList<>();
		if (first != null) {
			jobs.add(first);
		}
		Set<Path> targets = new HashSet<>();
		int reports = 0;
		int reminders = 0;
		int held = 0;
		int kept = 0;
		// before its month is over no unit is late: a 催报通知 on the day the forms went out (a service's first run,
		// a daily run in the middle of the month) read as a reprimand to every unit, and was mailed as one
		boolean remind = !facts.asOf().isBefore(facts.period().lastDay());
		for (Unit unit : units.units()) {
			boolean reported = units.reported(unit);
			if (!reported && !remind) {
				held++;
				continue;
			}
			String templateName = reported ? UnitReports.REPORT : UnitReports.REMINDER;
			JasperReport template = this.templates.get(templateName);
			Path target = unitFolder.resolve(units.fileName(unit));
			targets.add(target);
			// the inputs are made again in the job rather than held: a province has 10,000 units
			String digest = UnchangedReports.digest(made + this.templates.identity(templateName), units.title(unit),
					units.parameters(unit), units.rows(unit));
			if (keepOrRender(unchanged, target, digest, jobs, () -> this.renderer.render(template,
					units.parameters(unit), PdfRenderer.rows(units.rows(unit)), units.title(unit), target))) {
				kept++;
			}
			written.add(new ReportDocument(reported ? ReportDocument.Kind.UNIT_REPORT : ReportDocument.Kind.REMINDER,
					unit.name(), target));
			if (reported) {
				reports++;
			}
			else {
				reminders++;
			}
		}
		// reports of an earlier run may be stale (a reminder for a unit that has since reported)
		removePdfsBut(unitFolder, targets);
		removePdfsBut(leadFolder, Set.of());
		JasperReport leadTemplate = this.templates.get(LeadUnitReports.TEMPLATE);
		for (Unit unit : leads.units()) {
			Path target = leadFolder.resolve(leads.fileName(unit));
			boolean large = leads.size(unit) > LARGE_TABLE;
			jobs.add(() -> this.renderer.render(leadTemplate, leads.parameters(unit),
					PdfRenderer.rows(leads.dataSource(unit)), leads.title(unit), target, large));
			written.add(new ReportDocument(ReportDocument.Kind.LEAD_REPORT, unit.name(), target));
		}
		JasperReport noticeTemplate = this.templates.get(RejectionNotices.TEMPLATE);
		String noticeMade = made + this.templates.identity(RejectionNotices.TEMPLATE);
		for (RejectedReturn r : notices.returns()) {
			Path rejected = folder.resolve(RejectionNotices.FOLDER);
			boolean answered = notices.putRight(r);
			if (answered) {
				// kept on file, no longer beside the ones still to send (a clerk mailing 退回/ sent them)
				RejectionFiles.setAside(rejected, r.fileName(), RejectionFiles.PUT_RIGHT);
			}
			Path target = (answered ? rejected.resolve(RejectionFiles.PUT_RIGHT) : rejected).resolve(notices.fileName(r));
			String digest = UnchangedReports.digest(noticeMade, notices.title(r), notices.parameters(r), notices.rows(r));
			if (keepOrRender(unchanged, target, digest, jobs, () -> this.renderer.render(noticeTemplate,
					notices.parameters(r), PdfRenderer.rows(notices.rows(r)), notices.title(r), target))) {
				kept++;
			}
			// a notice the unit has since answered with a return that passed is kept on file, not circulated
			if (!answered) {
				written.add(new ReportDocument(ReportDocument.Kind.REJECTION_NOTICE,
						r.unitName().isEmpty() ? null : r.unitName(), target));
			}
		}
		try {
			runAll(jobs);
		}
		finally {
			unchanged.save(folder);
		}
		Map<String, Integer> counts = new HashMap<>();
		counts.put("kept", kept);
		counts.put("reports", reports);
		counts.put("reminders", reminders);
		counts.put("remindersHeld", held);
		counts.put("leads", leads.units().size());
		counts.put("notices", notices.returns().size());
		counts.put("noticesResolved",
				(int) notices.returns().stream().filter(r -> r.resolvedBy(facts.winners())).count());
		return counts;
	}

	/** Keeps {@code target} when it was written from the same inputs, else adds a job writing it; whether it was kept. */
	private static boolean keepOrRender(UnchangedReports unchanged, Path target, String digest, List<Runnable> jobs,
			Runnable render) {
		if (unchanged.unchanged(target, digest)) {
			return true;
		}
		jobs.add(() -> {
			render.run();
			unchanged.written(target, digest);
		});
		return false;
	}

	private static void runAll(List<Runnable> jobs) {
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			jobs.forEach(job -> futures.add(pool.submit(job)));
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WorkledgerException("生成报表时被中断", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new WorkledgerException("生成报表失败：" + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Removes the PDFs of {@code folder} that this run does not write or keep. */
	private static void removePdfsBut(Path folder, Set<Path> targets) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(folder, "*.pdf")) {
			for (Path pdf : pdfs) {
				if (!targets.contains(pdf)) {
					Files.delete(pdf);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
