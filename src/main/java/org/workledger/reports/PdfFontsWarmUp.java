package org.workledger.reports;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts loading the PDF fonts ({@link PdfFontCache#loadInBackground}) when the step before
 * the reports begins, in a run that writes PDFs. That step, the ledger, leaves part of the
 * second core idle; earlier, the fonts would take a core from reading the returns.
 */
public class PdfFontsWarmUp implements StepExecutionListener {

	/** Returns in a round from which the PDF library's fonts wait for the reports step (their 80 MB of heap). */
	static final int LARGE_ROUND = 5_000;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if ("none".equals(stepExecution.getJobParameters().getString("reports", "all"))) {
			return;
		}
		long files = stepExecution.getJobExecution()
			.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("intakeReturnsStep"))
			.mapToLong(StepExecution::getReadCount)
			.sum();
		PdfFontCache.loadInBackground(files < LARGE_ROUND);
	}

}
