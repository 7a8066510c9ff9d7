package org.workledger.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.workledger.roster.Unit;
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

	public ReportWriter(ReportTemplates templates, PdfRenderer renderer) {
		this.templates = templates;
		this.renderer = renderer;
	}

	/** The circular; returns its path. */
	public Path circular(PeriodFacts facts, Path folder) {
		return export(fillCircular(facts, folder));
	}

	/** A report filled and not yet written, with its title and file. */
	public record Filled(JasperPrint print, String title, Path target) {
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
		parameters.put("SECTION_REPORTS", sections);
		Path target = folder.resolve(circular.fileName());
		JasperPrint print = this.renderer.fill(this.templates.get(CircularReport.TEMPLATE), parameters,
				PdfRenderer.rows(circular.sections()), target);
		return new Filled(print, circular.title() + "（" + facts.period().label() + "）", target);
	}

	public Path export(Filled filled) {
		this.renderer.export(filled.print(), filled.title(), filled.target());
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
		UnitReports units = new UnitReports(facts);
		LeadUnitReports leads = new LeadUnitReports(facts);
		RejectionNotices notices = new RejectionNotices(facts);
		Path unitFolder = folder.resolve(UnitReports.FOLDER);
		Path leadFolder = folder.resolve(LeadUnitReports.FOLDER);
		// reports of an earlier run may be stale (a reminder for a unit that has since reported)
		removePdfs(unitFolder);
		removePdfs(leadFolder);
		List<Runnable> jobs = new ArrayList<>();
		int reports = 0;
		int reminders = 0;
		for (Unit unit : units.units()) {
			boolean reported = units.reported(unit);
			JasperReport template = this.templates.get(reported ? UnitReports.REPORT : UnitReports.REMINDER);
			Path target = unitFolder.resolve(units.fileName(unit));
			jobs.add(() -> this.renderer.render(template, units.parameters(unit), PdfRenderer.rows(units.rows(unit)),
					units.title(unit), target));
			written.add(new ReportDocument(reported ? ReportDocument.Kind.UNIT_REPORT : ReportDocument.Kind.REMINDER,
					unit.name(), target));
			if (reported) {
				reports++;
			}
			else {
				reminders++;
			}
		}
		JasperReport leadTemplate = this.templates.get(LeadUnitReports.TEMPLATE);
		for (Unit unit : leads.units()) {
			Path target = leadFolder.resolve(leads.fileName(unit));
			boolean large = leads.size(unit) > LARGE_TABLE;
			jobs.add(() -> this.renderer.render(leadTemplate, leads.parameters(unit),
					PdfRenderer.rows(leads.dataSource(unit)), leads.title(unit), target, large));
			written.add(new ReportDocument(ReportDocument.Kind.LEAD_REPORT, unit.name(), target));
		}
		JasperReport noticeTemplate = this.templates.get(RejectionNotices.TEMPLATE);
		for (RejectedReturn r : notices.returns()) {
			Path target = folder.resolve(RejectionNotices.FOLDER).resolve(notices.fileName(r));
			jobs.add(() -> this.renderer.render(noticeTemplate, notices.parameters(r), PdfRenderer.rows(notices.rows(r)),
					notices.title(r), target));
			written.add(new ReportDocument(ReportDocument.Kind.REJECTION_NOTICE,
					r.unitName().isEmpty() ? null : r.unitName(), target));
		}
		runAll(jobs);
		Map<String, Integer> counts = new HashMap<>();
		counts.put("reports", reports);
		counts.put("reminders", reminders);
		counts.put("leads", leads.units().size());
		counts.put("notices", notices.returns().size());
		return counts;
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

	private static void removePdfs(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(folder, "*.pdf")) {
			for (Path pdf : pdfs) {
				Files.delete(pdf);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
