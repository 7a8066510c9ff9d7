package org.workledger.reports;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.workledger.system.RunParameters;

/**
 * Starts loading the PDF fonts ({@link PdfFontCache#loadInBackground}) when the step before
 * the reports begins, in a run that writes PDFs. That step, the ledger, leaves part of the
 * second core idle; earlier, the fonts would take a core from reading the returns.
 */
public class PdfFontsWarmUp implements StepExecutionListener {

	@Override
	public void beforeStep(StepExecution stepExecution) {
		var parameters = stepExecution.getJobParameters();
		if ("none".equals(parameters.getString("reports", "all"))) {
			return;
		}
		RunParameters run = RunParameters.of(parameters);
		PdfFontCache.loadInBackground(run.workspace().data().resolve(PdfRenderer.FONT_FOLDER));
	}

}
