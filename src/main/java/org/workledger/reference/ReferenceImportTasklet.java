package org.workledger.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingsWorkbookWriter;
import org.workledger.intake.FileArchive;
import org.workledger.intake.InputFolder;
import org.workledger.intake.Sha256;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;
import org.workledger.system.TempFiles;
import org.workledger.system.WorkledgerException;
import org.workledger.vocabulary.StatusVocabulary;
import org.workledger.vocabulary.VocabularyProperties;

/**
 * First step of every run: reads the roster and the task breakdown from {@code input/},
 * reports what is wrong with them, and replaces the reference data in the database. Fails
 * the run only when the tables cannot be used at all.
 */
public class ReferenceImportTasklet implements Tasklet {

	/** Name of the findings file in the period's output folder. */
	public static final String FINDINGS_FILE = "基础数据检查结果.xlsx";

	/**
	 * Goes into what a return was judged by, with the tables and the office's words: a
	 * release that reads names or words more kindly, or suggests units better, raises it,
	 * and the returns it rejected before are checked again (3: the suggestions for a
	 * mistyped 填报单位 put 第0584号测试局 before 第0458号测试局, and 沈河区 for 沈和区; a distributed
	 * workbook with 报送期次 left empty counts for the period it was made for; 4: a county's and a
	 * district's units with their places in front (县司法局, 江州市河东区财政局, 西湖街道办), a row going on
	 * from the task above, a row whose number was merged away).
	 */
	static final String READING_RULES = "names-and-words-5";

	/** A unit the table names that the run could not tell: its tasks go to no one. */
	private static final java.util.Set<org.workledger.findings.FindingCode> UNITS_NOT_RESOLVED = java.util.EnumSet.of(
			org.workledger.findings.FindingCode.UNIT_UNRESOLVED, org.workledger.findings.FindingCode.UNIT_GROUP_UNRESOLVED,
			org.workledger.findings.FindingCode.UNIT_AMBIGUOUS_IN_BREAKDOWN, org.workledger.findings.FindingCode.UNIT_GROUP_VAGUE);

	private final ReferenceImporter importer;

	private final ReferenceDataRepository repository;

	private final VocabularyProperties vocabulary;

	private final ReferenceVersions versions;

	public ReferenceImportTasklet(ReferenceImporter importer, ReferenceDataRepository repository,
			VocabularyProperties vocabulary, ReferenceVersions versions) {
		this.importer = importer;
		this.repository = repository;
		this.vocabulary = vocabulary;
		this.versions = versions;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		TempFiles.removeLeftovers(run.workspace().periodOutput(run.period()));
		InputFolder input = new InputFolder(run.workspace().input());
		if (!input.exists()) {
			throw new WorkledgerException("找不到 input 文件夹：" + input.root() + "（请确认 --workspace 指向的工作目录正确）");
		}
		if (input.files().isEmpty()) {
			throw new WorkledgerException("input 文件夹是空的：" + input.root() + "，请放入任务分解表和单位名册");
		}
		StatusVocabulary statuses;
		try {
			statuses = this.vocabulary.statuses();
		}
		catch (IllegalArgumentException ex) {
			throw new WorkledgerException("workledger.yml 设置有误：" + ex.getMessage());
		}
		long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
		ReferenceData data = this.importer.importFor(input, run.period(), this.versions,
				new FileArchive(run.workspace().data().resolve("archive")), jobExecutionId, this.repository.knownReturns());
		Path findingsFile = run.workspace().periodOutput(run.period()).resolve(FINDINGS_FILE);
		report(data, findingsFile);
		data.blockingReason().ifPresent(reason -> {
			if (data.onlyTheYearsTableMissing()) {
				throw new YearTableMissing(reason, run.period().month().getYear());
			}
			throw new WorkledgerException(reason, true);
		});
		if (data.findings().errorCount() > 0) {
			// the run goes on, but what it writes leaves out what the errors name: the clerk should know before circulating
			Console.warn("  以上错误不妨碍本次运行，但涉及的任务或单位会按上面的说明处理（例如找不到的牵头单位不列为牵头）；"
					+ "改正任务分解表或单位名册后重新运行即可。");
			long unitsMissed = data.findings()
				.all()
				.stream()
				.filter(f -> f.isError() && UNITS_NOT_RESOLVED.contains(f.code()))
				.count();
			if (unitsMissed > 0) {
				// forms made now would go out without those units' tasks, and look complete
				Console.warn("  注意：有 " + unitsMissed + " 处单位名称或统称没有认出，这些单位的相应任务不在它们的进展情况表中，"
						+ "汇总时也不会向它们要；请先改正，再分发表格。");
			}
		}
		this.repository.replace(data);
		this.repository.saveFindings(jobExecutionId, data.findings());
		ReferenceVersion breakdown = this.versions.bySha(ReferenceVersion.BREAKDOWN, data.breakdownSource().sha256())
			.orElseThrow();
		ReferenceVersion roster = this.versions.bySha(ReferenceVersion.ROSTER, data.rosterSource().sha256())
			.orElseThrow();
		this.versions.bind(run.period(), breakdown, roster, jobExecutionId);
		ExecutionContext context = contribution.getStepExecution().getJobExecution().getExecutionContext();
		context.putInt("reference.units", data.roster().size());
		context.putInt("reference.tasks", data.breakdown().tasks().size());
		context.putInt("reference.assignments", data.assignments().size());
		// every year's table counts: a return of a year that had no table is checked again once one arrives
		String years = String.join(",", this.versions.all(ReferenceVersion.BREAKDOWN).stream().map(ReferenceVersion::sha256).toList());
		context.putString("reference.sha", Sha256.of(data.breakdownSource().sha256() + data.rosterSource().sha256()
				+ READING_RULES + "\n" + this.vocabulary.city() + "\n" + statuses.fingerprint() + "\n" + years));
		context.putString("reference.breakdown", data.breakdownSource().sha256());
		context.putString("reference.roster", data.rosterSource().sha256());
		context.putString("reference.files", String.join("\n", data.referenceFiles()
			.stream()
			.map(input::displayName)
			.sorted()
			.toList()));
		Console.info(String.format("任务分解表：%s（%d 年，%d 项任务）；单位名册：%s（%d 个单位）；分到各单位的任务：%d 项",
				data.breakdownSource().fileName(), breakdown.year(), data.breakdown().tasks().size(),
				data.rosterSource().fileName(), data.roster().size(), data.assignments().size()));
		return RepeatStatus.FINISHED;
	}

	private static void report(ReferenceData data, Path findingsFile) {
		if (data.findings().isEmpty()) {
			// a list from an earlier run would describe problems that are gone
			try {
				java.nio.file.Files.deleteIfExists(findingsFile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return;
		}
		Console.warn(String.format("基础数据检查发现 %d 个错误、%d 个提示：", data.findings().errorCount(),
				data.findings().warningCount()));
		for (Finding finding : data.findings().all()) {
			Console.warn("  " + finding.oneLine());
		}
		try {
			FindingsWorkbookWriter.write("基础数据（任务分解表、单位名册）检查结果", data.findings().all(), findingsFile);
			Console.warn("  问题清单已写入 " + findingsFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入问题清单 " + findingsFile, ex);
		}
	}

}
