package org.workledger.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.workledger.findings.Finding;
import org.workledger.findings.Findings;
import org.workledger.findings.FindingsWorkbookWriter;
import org.workledger.intake.FileArchive;
import org.workledger.period.Period;
import org.workledger.system.Console;
import org.workledger.system.Workspace;

/**
 * Keeps what intake decided: archives each new file, stores it with its entries and
 * findings, records what this run did with every file, and for a rejected return writes
 * the findings list and the unit's own workbook back with the problem cells marked.
 */
public class IntakeItemWriter implements ItemWriter<IntakeOutcome> {

	private final SubmissionRepository repository;

	private final FileArchive archive;

	private final Workspace workspace;

	private final Period runPeriod;

	private final long jobExecutionId;

	private final RejectedWorkbookAnnotator annotator = new RejectedWorkbookAnnotator();

	IntakeItemWriter(SubmissionRepository repository, FileArchive archive, Workspace workspace, Period runPeriod,
			long jobExecutionId) {
		this.repository = repository;
		this.archive = archive;
		this.workspace = workspace;
		this.runPeriod = runPeriod;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends IntakeOutcome> chunk) throws IOException {
		List<SubmissionRepository.Stored> stored = new ArrayList<>();
		for (IntakeOutcome outcome : chunk) {
			boolean store = switch (outcome.disposition()) {
				// a reference table seen before is already archived and stored
				case REFERENCE -> !outcome.kind().isEmpty();
				case ACCEPTED, REJECTED, OWN_OUTPUT -> true;
				default -> false;
			};
			if (store) {
				stored.add(new SubmissionRepository.Stored(outcome,
						this.archive.store(outcome.file().path(), outcome.sha256())));
			}
		}
		// read before they are stored again: a file sent back again for the same reason is written, not told
		Map<String, String> before = this.repository.rejections(chunk.getItems()
			.stream()
			.filter(o -> o.recheck() && o.disposition() == Disposition.REJECTED)
			.map(IntakeOutcome::sha256)
			.toList());
		this.repository.saveFiles(stored, this.jobExecutionId);
		this.repository.saveRunFiles(this.jobExecutionId, chunk.getItems());
		for (IntakeOutcome outcome : chunk) {
			if (outcome.disposition() == Disposition.REJECTED) {
				boolean same = (outcome.errorCount() + "|" + outcome.mainReason()).equals(before.get(outcome.sha256()));
				try {
					writeRejection(outcome, !same);
				}
				catch (IOException | RuntimeException ex) {
					// the rejection is recorded (status, the console, the circular): one list that cannot be
					// written (a full disk, a folder without rights) does not stop the round
					Console.warn(String.format("退回：%s（%d 个错误），但无法写入其问题清单：%s", outcome.file().name(),
							outcome.errorCount(), ex.getMessage()));
				}
			}
			else if (outcome.disposition() == Disposition.OWN_OUTPUT) {
				Console.info(String.format("不是报表：%s：%s（未作为进展情况表处理，可以从 input 文件夹移走）", outcome.file().name(),
						outcome.detail()));
			}
			else if (outcome.disposition() == Disposition.ACCEPTED) {
				if (outcome.recheck()) {
					setAsideRejection(outcome);
				}
				if (!outcome.findings().isEmpty()) {
					Console.info(String.format("接收：%s（%d 个提示，如：%s）", outcome.file().name(), outcome.findings().size(),
							outcome.mainReason()));
				}
				else {
					// a clean return is named too: the summary said 接收 6 and the lines above named only those with hints
					Console.info(String.format("接收：%s（%s，没有问题）", outcome.file().name(), outcome.detail()));
				}
			}
		}
	}

	/** @param tell whether to say so on the terminal: not for a file sent back again as before */
	private void writeRejection(IntakeOutcome outcome, boolean tell) throws IOException {
		ValidatedReturn v = outcome.validated();
		Period period = v != null && v.period() != null ? v.period() : this.runPeriod;
		Path folder = this.workspace.periodOutput(period).resolve(RejectionFiles.FOLDER);
		String base = RejectionFiles.baseName(outcome.file().name());
		String who = v != null && v.unit() != null ? "（" + v.unit().name() + "）" : "";
		List<Finding> findings = Findings.errorsFirst(outcome.findings());
		FindingsWorkbookWriter.write("退回问题清单：" + outcome.file().name() + who, findings,
				v == null ? Map.of() : v.source().taskOfRow(), folder.resolve(base + "-问题清单.xlsx"));
		if (v != null && (v.source().hasTable() || !v.source().typedOverHeader().isEmpty())) {
			String extension = extensionOf(outcome.file());
			try {
				this.annotator.annotate(outcome.file().path(), findings, folder.resolve(base + "-退回修改" + extension));
			}
			catch (IOException | RuntimeException ex) {
				// the findings list above says it all; the marked-up copy is a convenience
				Console.warn("  （无法为 " + outcome.file().name() + " 生成批注版：" + ex.getClass().getSimpleName() + "）");
			}
		}
		if (!tell) {
			return;
		}
		Console.warn(String.format("%s：%s（%d 个错误）%s",
				outcome.recheck() ? "此前已退回，按现行任务分解表和单位名册重新核对后仍退回" : "退回", outcome.file().name(),
				outcome.errorCount(),
				outcome.mainReason().isEmpty() ? "" : "：" + outcome.mainReason()));
	}

	/**
	 * A file sent back before and taken now that the tables have changed (a 曾用名 added, say):
	 * its 问题清单, marked-up copy and 退回通知 in 退回/ say it was not counted, and a clerk
	 * mailing that folder would send them. They are moved to 退回/重新核对后已接收/, kept as
	 * the record of what the unit was told.
	 */
	private void setAsideRejection(IntakeOutcome outcome) {
		ValidatedReturn v = outcome.validated();
		java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
		if (v != null && v.period() != null) {
			folders.add(this.workspace.periodOutput(v.period()).resolve(RejectionFiles.FOLDER));
		}
		folders.add(this.workspace.periodOutput(this.runPeriod).resolve(RejectionFiles.FOLDER));
		int moved = 0;
		for (Path folder : folders) {
			moved += RejectionFiles.setAside(folder, outcome.file().name(), RejectionFiles.ACCEPTED_ON_RECHECK);
		}
		if (moved > 0) {
			Console.info(String.format("此前退回的 %s 按现行任务分解表和单位名册重新核对后已接收；此前的退回文件已移到 退回/%s/",
					outcome.file().name(), RejectionFiles.ACCEPTED_ON_RECHECK));
		}
	}

	/** The extension that matches the content, whatever the unit named the file. */
	private static String extensionOf(InputCandidate file) throws IOException {
		try (var in = FileMagic.prepareToCheckMagic(java.nio.file.Files.newInputStream(file.path()))) {
			if (FileMagic.valueOf(in) == FileMagic.OLE2) {
				return ".xls";
			}
		}
		return file.name().toLowerCase(Locale.ROOT).endsWith(".xlsm") ? ".xlsm" : ".xlsx";
	}

}
