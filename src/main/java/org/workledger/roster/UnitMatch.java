package org.workledger.roster;

import java.util.List;
import java.util.Optional;

/**
 * What a written unit name stands for. Only {@link Kind#EXACT} and {@link Kind#VARIANT}
 * name a unit; an ambiguous or unknown name names none, and {@link #candidates()} are
 * then suggestions for a person, never a unit to credit.
 *
 * @param kind how the name was recognised
 * @param unit the unit, for an exact name or a variant
 * @param candidates the units an ambiguous name could be, or the nearest units to an unknown one
 */
public record UnitMatch(Kind kind, Unit unit, List<Unit> candidates) {

	public enum Kind {

		/** the roster's full name, a short name or an alias */
		EXACT,

		/** a name the unit had before a reorganisation (曾用名) */
		FORMER_NAME,

		/** a plain variation of exactly one unit's name ({@link UnitNameForms}) */
		VARIANT,

		/** a variation of more than one unit's name: not resolved */
		AMBIGUOUS,

		/** a word that names no unit at all (区政府, the city itself) */
		TOO_GENERAL,

		/** nothing in the roster */
		UNKNOWN

	}

	public UnitMatch {
		candidates = List.copyOf(candidates);
	}

	public Optional<Unit> resolved() {
		return Optional.ofNullable(this.unit);
	}

	public boolean isVariant() {
		return this.kind == Kind.VARIANT;
	}

	/** The candidates' full names, 、-separated, for a message. */
	public String candidateNames() {
		return String.join("、", this.candidates.stream().map(u -> "“" + u.name() + "”").toList());
	}

}
