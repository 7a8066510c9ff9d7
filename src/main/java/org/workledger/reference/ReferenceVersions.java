package org.workledger.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.period.Period;

/**
 * Every task breakdown and roster ever taken in, and which of them each period was judged
 * by. Which version applies to a period: of the versions that apply from that period or
 * earlier, the one that applies from the latest period (taken in last, if two runs of one
 * period took in two); when all apply only from later periods (a period consolidated for
 * the first time after the tables were revised), the earliest. Breakdowns are chosen among
 * those of the period's year.
 */
@Repository
public class ReferenceVersions {

	private final JdbcClient jdbc;

	public ReferenceVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReferenceVersion> bySha(String kind, String sha256) {
		return this.jdbc.sql("select * from reference_version where kind = ? and sha256 = ?")
			.params(kind, sha256)
			.query(ReferenceVersions::version)
			.optional();
	}

	public List<ReferenceVersion> all(String kind) {
		return this.jdbc.sql("select * from reference_version where kind = ? order by id")
			.param(kind)
			.query(ReferenceVersions::version)
			.list();
	}

	public ReferenceVersion register(String kind, ReferenceSource source, Integer year, String yearRule,
			String archivedAs, Period effectiveFrom, long jobExecutionId) {
		this.jdbc.sql("""
				insert into reference_version (kind, sha256, table_year, year_rule, title, file_name, sheet_name,
				archived_as, effective_from, taken_in_execution) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind, source.sha256(), year, yearRule, source.title(), source.fileName(), source.sheetName(),
					archivedAs, effectiveFrom.key(), jobExecutionId)
			.update();
		return bySha(kind, source.sha256()).orElseThrow();
	}

	/**
	 * Makes a version taken in before the one in force again from a period on: the clerk took a
	 * wrong table out of input/ and left (or put back) the one the months were issued with.
	 * Versions are never removed; the one taken in last, among those applying from the same
	 * period, is in force.
	 */
	public void reinstate(ReferenceVersion version, Period from, long jobExecutionId) {
		this.jdbc.sql("update reference_version set effective_from = ?, taken_in_execution = ? where id = ?")
			.params(from.key(), jobExecutionId, version.id())
			.update();
	}

	/** The roster in force for the latest month any roster applies to: the office's newest. */
	public Optional<ReferenceVersion> newestRoster() {
		return choose(all(ReferenceVersion.ROSTER), Period.of(9999, 12));
	}

	/** The breakdown that applies to a period, among those of its year. */
	public Optional<ReferenceVersion> breakdownFor(Period period) {
		return boundBefore(period, 0).or(() -> choose(all(ReferenceVersion.BREAKDOWN).stream()
			.filter(v -> v.year() != null && v.year() == period.month().getYear())
			.toList(), period));
	}

	public Optional<ReferenceVersion> rosterFor(Period period) {
		return boundBefore(period, 1).or(() -> choose(all(ReferenceVersion.ROSTER), period));
	}

	/**
	 * The table a month before the one the office is working on was last consolidated or
	 * distributed with: such a month keeps its tables, whatever came in since. Chosen by the
	 * versions' first months alone, November's returns were checked again against the next
	 * year's roster after the clerk took it out of input/ (putting the old one back moves that
	 * one's first month on to the working month, and November then fell before every version).
	 *
	 * @param index 0 for the breakdown, 1 for the roster
	 */
	private Optional<ReferenceVersion> boundBefore(Period period, int index) {
		Optional<Period> working = workingPeriod();
		if (working.isEmpty() || period.compareTo(working.get()) >= 0) {
			return Optional.empty();
		}
		return boundTo(period).map(tables -> tables.get(index));
	}

	static Optional<ReferenceVersion> choose(List<ReferenceVersion> versions, Period period) {
		Comparator<ReferenceVersion> order = Comparator.comparing(ReferenceVersion::effectiveFrom)
			.thenComparingLong(ReferenceVersion::takenInExecution)
			.thenComparingLong(ReferenceVersion::id);
		Optional<ReferenceVersion> inForce = versions.stream()
			.filter(v -> v.effectiveFrom().compareTo(period) <= 0)
			.max(order);
		return inForce.isPresent() ? inForce : versions.stream().min(order);
	}

	/** Records the tables a period was consolidated or distributed with. */
	public void bind(Period period, ReferenceVersion breakdown, ReferenceVersion roster, long jobExecutionId) {
		this.jdbc.sql("delete from period_reference where period = ?").param(period.key()).update();
		this.jdbc.sql("insert into period_reference (period, breakdown_version, roster_version, job_execution_id)"
				+ " values (?, ?, ?, ?)").params(period.key(), breakdown.id(), roster.id(), jobExecutionId).update();
	}

	/**
	 * The newest period that was consolidated or distributed: the month the office is working
	 * on. A table that arrives later applies from it on, never to a month before it.
	 */
	public Optional<Period> workingPeriod() {
		return this.jdbc.sql("select max(period) from period_reference")
			.query(String.class)
			.optional()
			.map(Period::parse);
	}

	/** The tables a period was last consolidated or distributed with: breakdown, then roster. */
	public Optional<List<ReferenceVersion>> boundTo(Period period) {
		return this.jdbc.sql("select breakdown_version, roster_version from period_reference where period = ?")
			.param(period.key())
			.query((rs, n) -> List.of(byId(rs.getLong(1)), byId(rs.getLong(2))))
			.optional();
	}

	private ReferenceVersion byId(long id) {
		return this.jdbc.sql("select * from reference_version where id = ?")
			.param(id)
			.query(ReferenceVersions::version)
			.single();
	}

	private static ReferenceVersion version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		// wasNull() speaks of the column read last: it must follow getInt at once
		int value = rs.getInt("table_year");
		Integer year = rs.wasNull() ? null : value;
		return new ReferenceVersion(rs.getLong("id"), rs.getString("kind"), rs.getString("sha256"), year,
				rs.getString("year_rule"), rs.getString("title"), rs.getString("file_name"),
				rs.getString("sheet_name"), rs.getString("archived_as"), Period.parse(rs.getString("effective_from")),
				rs.getLong("taken_in_execution"));
	}

}
