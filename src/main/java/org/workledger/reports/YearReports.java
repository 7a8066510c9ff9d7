package org.workledger.reports;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceVersion;
import org.workledger.reference.ReferenceVersions;
import org.workledger.system.Workspace;
import org.workledger.trends.PeriodSummaries;
import org.workledger.trends.PeriodSummary;
import org.workledger.trends.YearSoFar;

/** Writes the year report of a workspace from the figures of the year's consolidated periods. */
@Component
public class YearReports {

	private final PeriodSummaries summaries;

	private final ReferenceVersions versions;

	private final ReportsProperties properties;

	private final org.workledger.reference.ReferenceDataRepository reference;

	private final ZoneId office;

	public YearReports(PeriodSummaries summaries, ReferenceVersions versions, ReportsProperties properties,
			org.workledger.reference.ReferenceDataRepository reference, org.workledger.schedule.ScheduleProperties schedule) {
		// the office's calendar, as the unit reports judge 迟报: a return of 00:30 in Shenyang is the next day there
		this.office = ZoneId.of(schedule.zone());
		this.reference = reference;
		this.summaries = summaries;
		this.versions = versions;
		this.properties = properties;
	}

	/** The periods of {@code year} that have been consolidated, oldest first. */
	public List<Period> periods(int year) {
		return this.summaries.year(year, Period.of(year, 12), false).periods().stream().map(PeriodSummary::period).toList();
	}

	/** Writes the report into {@code output/<year>年度/}; empty when no period of the year was consolidated. */
	public Optional<Path> write(Workspace workspace, int year) {
		YearSoFar figures = this.summaries.year(year, Period.of(year, 12), true);
		if (figures.periods().isEmpty()) {
			return Optional.empty();
		}
		Period last = figures.periods().get(figures.periods().size() - 1).period();
		String title = this.versions.boundTo(last)
			.flatMap(bound -> bound.stream().filter(v -> ReferenceVersion.BREAKDOWN.equals(v.kind())).findFirst())
			.map(ReferenceVersion::title)
			.orElse("重点工作任务分解表");
		YearReport report = new YearReport(new YearReport.Facts(figures, PeriodFacts.subjectOf(title),
				this.properties.issuer(), this.properties.watermark(), this.properties.returnsDueDays(),
				this.office, this.reference.units().stream().map(org.workledger.roster.Unit::name).toList()));
		ReportTemplates templates = new ReportTemplates(workspace.templates(),
				workspace.data().resolve(ReportTemplates.CACHE_FOLDER));
		PdfRenderer renderer = new PdfRenderer(this.properties.author());
		Map<String, Object> parameters = report.parameters();
		Map<String, JasperReport> sections = new HashMap<>();
		for (String kind : YearReport.SECTION_KINDS) {
			sections.put(kind, templates.get(kind.startsWith("year-") ? kind : CircularReport.TEMPLATE + "-" + kind));
		}
		parameters.put("SECTION_REPORTS", sections);
		Path target = workspace.createDirectories(workspace.output().resolve(report.folder())).resolve(report.fileName());
		try {
			renderer.render(templates.get(YearReport.TEMPLATE), parameters, PdfRenderer.rows(report.sections()),
					report.title(), target);
		}
		finally {
			PdfFontCache.clear();
		}
		return Optional.of(target);
	}

	/** The months a year report covers, as its run says: 2023年9月至2023年12月，共 4 个期次, or 2024年1月，共 1 个期次. */
	public static String span(List<Period> periods) {
		String first = periods.get(0).label();
		String last = periods.get(periods.size() - 1).label();
		return (periods.size() > 1 ? first + "至" + last : first) + "，共 " + periods.size() + " 个期次";
	}

}
