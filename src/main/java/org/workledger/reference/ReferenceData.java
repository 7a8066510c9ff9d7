package org.workledger.reference;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.Breakdown;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.roster.Roster;

/**
 * The roster, the breakdown and the assignments derived from them, with everything that
 * was found wrong on the way.
 *
 * @param referenceFiles the input files that are reference tables, not returns
 */
public record ReferenceData(Breakdown breakdown, Roster roster, List<Assignment> assignments, Findings findings,
		ReferenceSource breakdownSource, ReferenceSource rosterSource, Set<Path> referenceFiles) {

	/** Problems after which the data cannot be used at all. */
	static final Set<FindingCode> BLOCKING = EnumSet.of(FindingCode.BREAKDOWN_MISSING,
			FindingCode.BREAKDOWN_MISSING_FOR_YEAR,
			FindingCode.BREAKDOWN_COLUMN_MISSING, FindingCode.BREAKDOWN_NO_TASKS, FindingCode.ROSTER_MISSING,
			FindingCode.ROSTER_EMPTY, FindingCode.ROSTER_DUPLICATE_UNIT, FindingCode.TASK_WITHOUT_UNITS);

	/** Whether what stops the run is the missing task breakdown of its period's year (and only that table). */
	public boolean onlyTheYearsTableMissing() {
		return this.findings.all()
			.stream()
			.filter(f -> BLOCKING.contains(f.code()))
			.allMatch(f -> f.code() == FindingCode.BREAKDOWN_MISSING_FOR_YEAR)
				&& this.findings.all().stream().anyMatch(f -> f.code() == FindingCode.BREAKDOWN_MISSING_FOR_YEAR);
	}

	/** The one-line reason the run cannot go on, if there is one. */
	public Optional<String> blockingReason() {
		return this.findings.all()
			.stream()
			.filter(f -> BLOCKING.contains(f.code()))
			.findFirst()
			.map(this::reason);
	}

	private String reason(Finding finding) {
		String where = finding.location().toString();
		String reason;
		if (where.equals("input")) {
			// a table missing from input/: "（input）" after "input 文件夹中没有…" says nothing more, what to do does
			// (the page that started the run shows this line alone, without the findings list)
			reason = finding.message() + (finding.fix().isEmpty() ? "" : "。" + finding.fix());
		}
		else {
			reason = where.isEmpty() ? finding.message() : finding.message() + "（" + where + "）";
		}
		// the files that could not be read: a second roster beside the first was counted among them
		long unreadable = this.findings.all()
			.stream()
			.filter(f -> f.code().code().startsWith("file.") && f.code() != FindingCode.FILE_DUPLICATE_REFERENCE)
			.count();
		if ((finding.code() == FindingCode.BREAKDOWN_MISSING || finding.code() == FindingCode.BREAKDOWN_MISSING_FOR_YEAR || finding.code() == FindingCode.ROSTER_MISSING)
				&& unreadable > 0) {
			// the page that started the run shows this line without the list: say where the list is
			reason += "；另有 " + unreadable + " 个文件无法读取（如果表就在其中，请把它另存为普通的 .xlsx 后放回），"
					+ "各文件的原因见本期输出文件夹中的“基础数据检查结果.xlsx”";
		}
		return reason;
	}

}
