package org.workledger.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;

/**
 * {@code writeReportsStep}: the PDFs of the period, from the database only, so a rerun
 * writes the same documents. {@code reports} = {@code all} (default), {@code circular} or
 * {@code none}.
 */
class ReportsTasklet implements Tasklet {

	private final PeriodFactsLoader loader;

	private final PdfRenderer renderer;

	private final ReportDocumentRepository documents;

	ReportsTasklet(PeriodFactsLoader loader, PdfRenderer renderer, ReportDocumentRepository documents) {
		this.loader = loader;
		this.renderer = renderer;
		this.documents = documents;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var parameters = contribution.getStepExecution().getJobParameters();
		String mode = parameters.getString("reports", "all");
		if ("none".equals(mode)) {
			this.loader.forget(contribution.getStepExecution().getJobExecutionId());
			return RepeatStatus.FINISHED;
		}
		RunParameters run = RunParameters.of(parameters);
		List<ReportDocument> written = new ArrayList<>();
		try {
			PdfFontCache.awaitLoading();
			long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
			ReportWriter writer = new ReportWriter(new ReportTemplates(run.workspace().templates(),
					run.workspace().data().resolve(ReportTemplates.CACHE_FOLDER)), this.renderer, run.workspace().data());
			Path folder = run.workspace().periodOutput(run.period());
			if ("all".equals(mode)) {
				PeriodFacts facts = this.loader.load(run, jobExecutionId);
				// the circular is written alongside the per-unit PDFs, on the same cores
				AtomicReference<Path> circular = new AtomicReference<>();
				List<ReportDocument> perUnit = new ArrayList<>();
				Map<String, Integer> counts = writer.perUnit(facts, folder, perUnit,
						() -> circular.set(writer.circular(facts, folder)));
				Console.info("  通报：" + circular.get() + unsigned());
				written.add(new ReportDocument(ReportDocument.Kind.CIRCULAR, null, circular.get()));
				written.addAll(perUnit);
				Console.info(String.format("  单位报告 %d 份、催报通知 %d 份%s（%s）；牵头单位督办表 %d 份；退回通知 %d 份%s%s",
						counts.get("reports"), counts.get("reminders"),
						counts.get("remindersHeld") == 0 ? ""
								: "（统计截止日在" + run.period().label() + "结束之前，尚未报送的 " + counts.get("remindersHeld")
										+ " 个单位暂不催报）",
						folder.resolve(UnitReports.FOLDER), counts.get("leads"), counts.get("notices"),
						counts.get("noticesResolved") == 0 ? ""
								: "（其中 " + counts.get("noticesResolved") + " 份的单位已重新报送并通过，连同问题清单和退回修改版存档在 退回/"
										+ org.workledger.returns.RejectionFiles.PUT_RIGHT + "/）",
						counts.get("kept") == 0 ? ""
								: "；其中 " + counts.get("kept") + " 份单位报告、催报通知或退回通知的内容与上次相同，沿用上次的文件"));
			}
			else {
				// no local keeps the period's rows: they can go before the export loads the CJK fonts
				// (a province's rows and the fonts together left a 256 MB heap collecting back to back)
				Path circular = writer.export(writer.fillCircular(this.loader.load(run, jobExecutionId, false), folder));
				Console.info("  通报：" + circular + unsigned());
				written.add(new ReportDocument(ReportDocument.Kind.CIRCULAR, null, circular));
			}
		}
		finally {
			PdfFontCache.clear();
		}
		this.documents.save(contribution.getStepExecution().getJobExecutionId(), written);
		return RepeatStatus.FINISHED;
	}

	/** What a clerk who never set an issuer is told: the documents end without the office that sends them. */
	private String unsigned() {
		return this.loader.issuer().isBlank()
				? "\n  （通报和各类通知没有落款：请在工作目录的 workledger.yml 中设置 workledger.reports.issuer 为发文单位，"
						+ "如“XX县人民政府办公室”，写法见随附的 sample-workspace/workledger.yml）"
				: "";
	}

}
