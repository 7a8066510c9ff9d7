package org.workledger.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Role;
import org.workledger.distribute.ProgressWorkbookSpec;
import org.workledger.distribute.ProgressWorkbookSpecs;
import org.workledger.intake.FileArchive;
import org.workledger.intake.InputFolder;
import org.workledger.intake.IntakeProperties;
import org.workledger.intake.PackedReturns;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;
import org.workledger.reference.ReferenceData;
import org.workledger.reference.ReferenceImporter;
import org.workledger.reference.ReferenceSource;
import org.workledger.reference.ReferenceVersion;
import org.workledger.reference.ReferenceVersions;
import org.workledger.vocabulary.CityName;
import org.workledger.vocabulary.VocabularyProperties;
import org.workledger.system.Workspace;
import org.workledger.workbook.WorkbookOpener;

/**
 * {@code intakeReturnsStep}: every file in {@code input/} is an item; each chunk of files
 * is archived, checked and stored in one transaction, so a run interrupted half-way
 * resumes where it stopped and counts nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class ReturnsIntakeStepConfiguration {

	/**
	 * Files per transaction: each carries a few dozen lines, so a chunk is a couple of
	 * thousand rows; fewer, larger commits measured faster than 20 files a chunk.
	 */
	private static final int CHUNK = 50;

	/**
	 * The manager step: partitions the input by content hash and runs the groups on all
	 * cores. A deployment that outgrows one machine can hand the same partitions to remote
	 * workers (Spring Batch remote partitioning) without changing the worker step.
	 */
	@Bean
	Step intakeReturnsStep(JobRepository jobRepository, Step intakeReturnsWorkerStep, InputPartitioner inputPartitioner,
			IntakeProperties intake, RulesOfTheRun rulesOfTheRun, SubmissionRepository submissions) {
		int threads = intake.threads();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("intake-");
		executor.setConcurrencyLimit(threads);
		return new StepBuilder("intakeReturnsStep", jobRepository)
			.partitioner("intakeReturnsWorkerStep", inputPartitioner)
			.step(intakeReturnsWorkerStep)
			.gridSize(threads * 2)
			.taskExecutor(executor)
			.listener(new StepExecutionListener() {
				@Override
				public void beforeStep(StepExecution stepExecution) {
					submissions.removeLinesPastTheLastFile();
				}

				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					rulesOfTheRun.release(stepExecution.getJobExecutionId());
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	@Bean
	Step intakeReturnsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<InputCandidate> inputFileReader, ReturnIntakeProcessor returnIntakeProcessor,
			IntakeItemWriter intakeItemWriter, IntakeProgressListener intakeProgressListener) {
		return new StepBuilder("intakeReturnsWorkerStep", jobRepository).<InputCandidate, IntakeOutcome>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(inputFileReader)
			.processor(returnIntakeProcessor)
			.writer(intakeItemWriter)
			.listener((Object) intakeProgressListener)
			.build();
	}

	@Bean
	IntakeProgressListener intakeProgressListener() {
		return new IntakeProgressListener();
	}

	/** A snapshot of input/ taken when the step starts (once files just copied in have settled). */
	@Bean
	@StepScope
	InputPartitioner inputPartitioner(IntakeProperties intake, IntakeProgressListener intakeProgressListener,
			@Value("#{jobParameters['workspace']}") String workspace,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
		Workspace ws = new Workspace(Path.of(workspace));
		return new InputPartitioner(new InputFolder(ws.input()), intake.settleTime(),
				intakeProgressListener, ws.data().resolve("intake"), jobExecutionId,
				new PackedReturns(ws.data().resolve("unpacked"), intake.maxFileSize().toBytes()));
	}

	@Bean
	@StepScope
	ListItemReader<InputCandidate> inputFileReader(@Value("#{stepExecutionContext['files']}") String files) {
		return new ListItemReader<>(InputPartitioner.read(files));
	}

	@Bean
	RulesOfTheRun rulesOfTheRun() {
		return new RulesOfTheRun();
	}

	@Bean
	@StepScope
	ReturnIntakeProcessor returnIntakeProcessor(WorkbookOpener opener, ReferenceDataRepository reference,
			SubmissionRepository submissions, RulesOfTheRun rulesOfTheRun,
			@Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['asOf']}") LocalDate asOf,
			@Value("#{jobParameters['workspace']}") String workspace,
			@Value("#{jobExecutionContext['reference.files']}") String referenceFiles,
			@Value("#{jobExecutionContext['reference.sha']}") String referenceSha,
			@Value("#{jobExecutionContext['reference.breakdown']}") String breakdownSha,
			@Value("#{jobExecutionContext['reference.roster']}") String rosterSha,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, VocabularyProperties vocabulary,
			ReferenceVersions versions, ReferenceImporter importer,
			@Value("#{stepExecutionContext['files']}") String files) {
		FileArchive archive = new FileArchive(new Workspace(Path.of(workspace)).data().resolve("archive"));
		// made once per run, not per partition: reading the newest roster from the archive is a workbook read
		RulesByPeriod rules = rulesOfTheRun.get(jobExecutionId, () -> rulesByPeriod(reference, submissions, versions,
				importer, archive, Period.parse(period), asOf, vocabulary, breakdownSha, rosterSha));
		Set<String> references = referenceFiles == null || referenceFiles.isEmpty() ? Set.of()
				: Set.of(referenceFiles.split("\n"));
		return new ReturnIntakeProcessor(opener, new ReturnValidator(rules.runRules(), rules), submissions, references,
				referenceSha, InputPartitioner.read(files));
	}

	private static RulesByPeriod rulesByPeriod(ReferenceDataRepository reference, SubmissionRepository submissions,
			ReferenceVersions versions, ReferenceImporter importer, FileArchive archive, Period period, LocalDate asOf,
			VocabularyProperties vocabulary, String breakdownSha, String rosterSha) {
		// the newest roster, when it is not the run's: a unit renamed in it may write its new name on this month's form
		Roster newest = versions.newestRoster()
			.filter(v -> !v.sha256().equals(rosterSha))
			.map(v -> importer.roster(v, archive))
			.orElse(null);
		return new RulesByPeriod(rules(reference, submissions, period, asOf, vocabulary, newest), breakdownSha, rosterSha,
				new RulesByPeriod.Tables() {
					@Override
					public Optional<ReferenceVersion> breakdownFor(Period p) {
						return versions.breakdownFor(p);
					}

					@Override
					public Optional<ReferenceVersion> rosterFor(Period p) {
						return versions.rosterFor(p);
					}

					@Override
					public ReturnRules rulesOf(ReferenceVersion breakdown, ReferenceVersion roster, LocalDate asOfDay) {
						ReferenceData data = importer.load(breakdown, roster, archive);
						return rules(data.roster(), data.breakdown().title(), data.breakdown().tasks(),
								data.assignments(), submissions, period, asOfDay, vocabulary, newest);
					}
				});
	}

	@Bean
	@StepScope
	IntakeItemWriter intakeItemWriter(SubmissionRepository submissions, @Value("#{jobParameters['workspace']}") String workspace,
			@Value("#{jobParameters['period']}") String period, @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
		Workspace ws = new Workspace(Path.of(workspace));
		return new IntakeItemWriter(submissions, new FileArchive(ws.data().resolve("archive")), ws, Period.parse(period),
				jobExecutionId);
	}

	static ReturnRules rules(ReferenceDataRepository reference, SubmissionRepository submissions, Period period,
			LocalDate asOf, VocabularyProperties vocabulary, Roster newest) {
		List<Unit> units = reference.units();
		Roster roster = Roster.of(units)
			.inCity(CityName.decide(vocabulary.city(), title(reference, "breakdown"), title(reference, "roster"),
					units.stream().map(Unit::name).toList()));
		return rules(roster, title(reference, "breakdown"), reference.tasks(), reference.assignments(), submissions,
				period, asOf, vocabulary, newest);
	}

	/** The rules of one set of tables. */
	static ReturnRules rules(Roster roster, String breakdownTitle, List<BreakdownTask> taskList,
			List<Assignment> assignmentList, SubmissionRepository submissions, Period period, LocalDate asOf,
			VocabularyProperties vocabulary, Roster newest) {
		List<Unit> units = roster.units();
		Map<String, BreakdownTask> tasks = taskList.stream()
			.collect(Collectors.toMap(BreakdownTask::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, Map<String, Role>> assignments = new HashMap<>();
		for (Assignment a : assignmentList) {
			assignments.computeIfAbsent(a.unitName(), k -> new LinkedHashMap<>()).put(a.taskId(), a.role());
		}
		Map<String, String> fingerprints = new HashMap<>();
		for (ProgressWorkbookSpec spec : ProgressWorkbookSpecs.of(breakdownTitle.isEmpty() ? "重点工作任务分解表"
				: breakdownTitle, period, units, taskList, assignmentList)) {
			fingerprints.put(spec.unit().name(), spec.fingerprint());
		}
		return new ReturnRules(roster, tasks, assignments, asOf, fingerprints, new PreviousPeriodEntries(submissions)::of,
				vocabulary.statuses(), ReturnRules.laterNames(roster, newest));
	}

	private static String title(ReferenceDataRepository reference, String kind) {
		return reference.source(kind).map(ReferenceSource::title).orElse("");
	}

}
