package org.workledger.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.intake.InputFolder;
import org.workledger.period.Period;
import org.workledger.returns.Disposition;
import org.workledger.returns.IntakeOutcome;
import org.workledger.system.RunParameters;

/** Counts what a run did from what it recorded. */
@Repository
class RunSummaryRepository {

	private final JdbcClient jdbc;

	RunSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many files a note of the summary names before it says 等. */
	static final int SHOWN = 12;

	/** The names, or the first {@link #SHOWN} of them and how many there are in all. */
	static String some(List<String> names) {
		if (names.size() <= SHOWN) {
			return String.join("、", names);
		}
		return String.join("、", names.subList(0, SHOWN)) + " 等 " + names.size() + " 个";
	}

	/** The names of the run's files that ended so, in order. */
	private List<String> fileNames(long jobExecutionId, Disposition disposition) {
		return this.jdbc
			.sql("select file_name from run_file where job_execution_id = ? and disposition = ? order by file_name")
			.params(jobExecutionId, disposition.name())
			.query(String.class)
			.list();
	}

	RunSummary summarize(long jobExecutionId, RunParameters run, List<LedgerRow> rows) {
		Map<Disposition, Integer> files = new EnumMap<>(Disposition.class);
		this.jdbc.sql("select disposition, count(*) from run_file where job_execution_id = ? group by disposition")
			.param(jobExecutionId)
			.query((rs, n) -> files.put(Disposition.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		Map<String, List<String>> byPeriod = new LinkedHashMap<>();
		// a return of another month that takes the place of one its unit sent earlier is said so: last month's form
		// filled in again with this month's progress replaces last month's figures, and the clerk should see it
		this.jdbc.sql("""
				select f.period, f.file_name, f.unit_name,
				  (select max(o.file_name) from input_file o where o.period = f.period and o.unit_name = f.unit_name
				   and o.outcome = 'ACCEPTED' and o.kind = 'RETURN' and o.sha256 <> f.sha256
				   and coalesce(o.received_execution, o.first_seen_execution) < r.job_execution_id)
				from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and r.disposition = 'ACCEPTED' and f.period <> ?
				order by f.period, f.file_name""")
			.params(jobExecutionId, run.period().key())
			.query((rs, n) -> byPeriod.computeIfAbsent(Period.parse(rs.getString(1)).label(), p -> new ArrayList<>())
				.add(rs.getString(2) + "（" + rs.getString(3)
						+ (rs.getString(4) == null ? "" : "；替换此前收到的“" + rs.getString(4) + "”") + "）"))
			.list();
		Map<String, String> otherPeriods = new LinkedHashMap<>();
		byPeriod.forEach((period, names) -> otherPeriods.put(period, some(names)));
		List<String> notes = new ArrayList<>();
		List<String> duplicates = this.jdbc
			.sql("select file_name, detail from run_file where job_execution_id = ? and disposition = 'DUPLICATE'"
					+ " order by file_name")
			.param(jobExecutionId)
			.query((rs, n) -> "重复文件：" + rs.getString(1) + " — " + rs.getString(2))
			.list();
		notes.addAll(duplicates.subList(0, Math.min(duplicates.size(), SHOWN)));
		if (duplicates.size() > SHOWN) {
			notes.add("另有 " + (duplicates.size() - SHOWN) + " 个重复文件未逐一列出（共 " + duplicates.size() + " 个，每个文件的处理见上方逐条记录和运行日志）");
		}
		List<String> waiting = fileNames(jobExecutionId, Disposition.WAITING);
		if (!waiting.isEmpty()) {
			// named: a clerk who just copied a unit's file in wants to know it was seen
			notes.add("另有 " + waiting.size() + " 个文件刚刚发生变化（可能还在复制中），留待下次运行处理：" + some(waiting));
		}
		List<String[]> ignoredFiles = this.jdbc
			.sql("select file_name, detail from run_file where job_execution_id = ? and disposition = 'IGNORED'"
					+ " order by file_name")
			.param(jobExecutionId)
			.query((rs, n) -> new String[] { rs.getString(1), String.valueOf(rs.getString(2)) })
			.list();
		List<String> notSheets = ignoredFiles.stream()
			.filter(f -> f[1].startsWith(IntakeOutcome.NOT_A_SPREADSHEET))
			.map(f -> f[0])
			.toList();
		List<String> packed = ignoredFiles.stream().filter(f -> f[1].equals(IntakeOutcome.PACKED)).map(f -> f[0]).toList();
		List<String> ignored = ignoredFiles.stream()
			.filter(f -> !f[1].startsWith(IntakeOutcome.NOT_A_SPREADSHEET) && !f[1].equals(IntakeOutcome.PACKED))
			.map(f -> f[0])
			.toList();
		List<String> unreadable = ignored.stream().filter(InputFolder::isUnreadableName).toList();
		List<String> skipped = ignored.stream().filter(name -> !InputFolder.isUnreadableName(name)).toList();
		if (!skipped.isEmpty()) {
			notes.add("忽略的文件：" + some(skipped) + "（Excel/WPS 打开表格时产生的锁定文件、备份文件（.bak）、隐藏文件或临时文件，不是报送表）");
		}
		List<String> ownOutputs = fileNames(jobExecutionId, Disposition.OWN_OUTPUT);
		if (!ownOutputs.isEmpty()) {
			notes.add("本系统生成的文件，未作为报表处理：" + some(ownOutputs) + "（汇总台账、问题清单等写在 output 文件夹中，"
					+ "放进 input 的副本不退回、不计入通报；可以从 input 中移走）");
		}
		if (!packed.isEmpty()) {
			notes.add("压缩包：" + some(packed) + "（其中的表格已解压、逐个处理，文件名写作“压缩包名/表格名”；压缩包留在 input 中）");
		}
		if (!notSheets.isEmpty()) {
			notes.add("不是表格、未作为报表处理的文件：" + some(notSheets) + "（报送说明、扫描件、Word 文档等随表格一起放入的附件；"
					+ "留在 input 中，不退回、不计入通报。如其中有某单位的进展情况表，请该单位以 .xlsx 或 .xls 格式重新报送）");
		}
		if (!unreadable.isEmpty()) {
			notes.add("文件名编码不对、未读取的文件：" + some(unreadable) + "（共 " + unreadable.size()
					+ " 个；多为在 Windows 上压缩、在这里解压的文件。请在这里用 unzip -O GBK 重新解压，"
					+ "或把文件改名后放入 input）");
		}
		// rejected before and still in input/: waiting for the unit, unless it has sent an accepted return since
		// (files rejected again under new tables count as before: they were rejected before this run too)
		List<String[]> earlierRejected = this.jdbc.sql("""
				select r.file_name, case when exists (select 1 from input_file a where a.outcome = 'ACCEPTED'
				  and a.unit_name = f.unit_name and a.period = f.period and a.modified_at >= f.modified_at)
				  then 'Y' else 'N' end, coalesce(f.period, '')
				from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and f.outcome = 'REJECTED'
				  and (r.disposition = 'KNOWN' or (r.disposition = 'REJECTED' and f.first_seen_execution < r.job_execution_id))
				order by r.file_name""")
			.param(jobExecutionId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		// the run's own month is what the clerk is working on; the others' rejections are theirs, only counted here
		List<String> stillRejected = earlierRejected.stream()
			.filter(f -> f[1].equals("N") && (f[2].isEmpty() || f[2].equals(run.period().key())))
			.map(f -> f[0])
			.toList();
		long ofOtherMonths = earlierRejected.stream()
			.filter(f -> f[1].equals("N") && !f[2].isEmpty() && !f[2].equals(run.period().key()))
			.count();
		if (!stillRejected.isEmpty()) {
			// a province's first round leaves thousands: the summary names a few, as it does the units that did not report
			notes.add("此前已退回、仍在 input 中的文件：" + some(stillRejected) + "（等待相关单位修改后重新报送；各文件的问题清单在“退回”文件夹）");
		}
		if (ofOtherMonths > 0) {
			notes.add("另有 " + ofOtherMonths + " 个其他期次此前退回的文件仍在 input 中（见各期次的“退回”文件夹）");
		}
		// of the run's own month too: another month's file put right is that month's news
		List<String> putRight = earlierRejected.stream()
			.filter(f -> f[1].equals("Y") && (f[2].isEmpty() || f[2].equals(run.period().key())))
			.map(f -> f[0])
			.toList();
		if (!putRight.isEmpty()) {
			notes.add("另有 " + putRight.size() + " 个此前退回的文件，其单位已重新报送并通过，无需再处理：" + some(putRight));
		}
		// a unit with two accepted returns of the period, one of them new: only one counts, and the clerk should
		// know which (a first draft and its correction; after a merger, the merged unit's return and the new one's)
		Map<String, String> counted = new java.util.HashMap<>();
		rows.forEach(row -> {
			if (!row.sourceFile().isEmpty()) {
				counted.putIfAbsent(row.unitName(), row.sourceFile());
			}
		});
		List<String> several = this.jdbc.sql("""
				select f.unit_name, count(*) from input_file f
				where f.period = ? and f.outcome = 'ACCEPTED' and f.kind = 'RETURN' and f.unit_name in
				  (select n.unit_name from run_file r join input_file n on n.sha256 = r.sha256
				   where r.job_execution_id = ? and r.disposition = 'ACCEPTED' and n.period = ?)
				group by f.unit_name having count(*) > 1 order by f.unit_name""")
			.params(run.period().key(), jobExecutionId, run.period().key())
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " 份，计入“" + counted.getOrDefault(rs.getString(1), "")
					+ "”")
			.list();
		// the return received last counts even when its 填报日期 is earlier (a unit may correct a wrong date), but an
		// old version sent again by mistake took a unit's figures back a month unseen: the clerk is told which
		this.jdbc.sql("""
				select f.file_name, f.unit_name, f.filled_on, o.file_name, o.filled_on
				from run_file r join input_file f on f.sha256 = r.sha256
				join input_file o on o.period = f.period and o.unit_name = f.unit_name and o.outcome = 'ACCEPTED'
				  and o.kind = 'RETURN' and o.sha256 <> f.sha256 and o.filled_on > f.filled_on
				  and coalesce(o.received_execution, o.first_seen_execution) < r.job_execution_id
				where r.job_execution_id = ? and r.disposition = 'ACCEPTED' and f.period = ?
				order by f.unit_name, o.filled_on desc""")
			.params(jobExecutionId, run.period().key())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) })
			.list()
			.stream()
			.filter(f -> f[0].equals(counted.get(f[1])))
			.collect(java.util.stream.Collectors.toMap(f -> f[1], f -> f, (first, other) -> first, LinkedHashMap::new))
			.values()
			.forEach(f -> notes.add("“" + f[0] + "”（" + f[1] + "，填报日期 " + f[2] + "）是后收到的，已替换此前计入的“" + f[3]
					+ "”，但那份的填报日期（" + f[4] + "）更晚：如是误发的旧版本，请该单位重新报送最新的一份（须另存一次，"
					+ "与已收到的完全相同的文件按重复处理）；如是改正了填报日期，不必处理"));
		if (!several.isEmpty()) {
			notes.add("本期有多份合格表格的单位（后一次运行收到的为准；同一次运行收到的，取填报日期最晚的一份，同一天的取文件时间最新的；其余不计）：" + some(several));
		}
		Set<String> expected = new LinkedHashSet<>();
		Set<String> reported = new LinkedHashSet<>();
		int overdue = 0;
		for (LedgerRow row : rows) {
			expected.add(row.unitName());
			if (row.reported() || !row.sourceFile().isEmpty()) {
				reported.add(row.unitName());
			}
			if (row.overdue()) {
				overdue++;
			}
		}
		// a unit whose return was sent back is waiting to put it right, not silent: said so, as the circular says it,
		// and named first (of 40 units not reported, it is the one the clerk may be asked about)
		Set<String> sentBack = new java.util.HashSet<>(this.jdbc
			.sql("select distinct unit_name from input_file where period = ? and outcome = 'REJECTED' and unit_name is not null")
			.param(run.period().key())
			.query(String.class)
			.list());
		List<String> notReported = new ArrayList<>();
		for (boolean rejected : new boolean[] { true, false }) {
			for (String unit : expected) {
				if (!reported.contains(unit) && sentBack.contains(unit) == rejected) {
					notReported.add(rejected ? unit + "（退回待改）" : unit);
				}
			}
		}
		// a rejected return's problem list goes to the folder of the period it says it is for (the run's when unreadable)
		List<Path> rejectedFolders = this.jdbc.sql("""
				select distinct f.period from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and r.disposition = 'REJECTED'""")
			.param(jobExecutionId)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)).flatMap(Period::tryParse).orElse(run.period()))
			.list()
			.stream()
			.distinct()
			.sorted()
			.map(p -> run.workspace().periodOutput(p).resolve("退回"))
			.toList();
		return new RunSummary(run.period(), run.asOf(), files, otherPeriods, expected.size(), notReported, rows.size(),
				overdue, rejectedFolders, notes);
	}

}
