package org.workledger.distribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.roster.Unit;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;

/**
 * After a period's forms are written, sets aside the forms an earlier distribute wrote for
 * units the roster no longer has (renamed, merged, dissolved): they lay beside the new ones,
 * 51 forms for 48 units, and a unit that filled its old one had the wrong tasks. They are
 * moved into {@code 已不在名册/}, not deleted, and the clerk is told which.
 */
final class FormsOfFormerUnits implements Tasklet {

	static final String FOLDER = "已不在名册";

	private final ReferenceDataRepository reference;

	FormsOfFormerUnits(ReferenceDataRepository reference) {
		this.reference = reference;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		Period period = run.period();
		Path folder = run.workspace().periodOutput(period);
		Set<String> current = this.reference.units()
			.stream()
			.map(Unit::name)
			.map(name -> ProgressWorkbookSpecs.fileName(name, period))
			.collect(Collectors.toSet());
		String suffix = "-" + period.label() + "进展情况表.xlsx";
		List<String> moved = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path form : files.filter(Files::isRegularFile).toList()) {
				String name = form.getFileName().toString();
				if (name.endsWith(suffix) && !current.contains(name)) {
					Path aside = Files.createDirectories(folder.resolve(FOLDER));
					Files.move(form, aside.resolve(name), StandardCopyOption.REPLACE_EXISTING);
					moved.add(name.substring(0, name.length() - suffix.length()));
				}
			}
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return RepeatStatus.FINISHED;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!moved.isEmpty()) {
			Console.warn(String.format("%s的表格中有 %d 份属于已不在单位名册中的单位（%s），已移到 %s，请勿再分发", period.label(),
					moved.size(), String.join("、", moved), folder.resolve(FOLDER)));
		}
		return RepeatStatus.FINISHED;
	}

}
