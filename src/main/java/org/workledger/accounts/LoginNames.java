package org.workledger.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceSource;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;
import org.workledger.vocabulary.CityName;
import org.workledger.vocabulary.VocabularyProperties;

/**
 * The account a name typed on the login page stands for: the user name, or any name the
 * roster knows the unit by — its full name, a short name or alias, the name with the city in
 * front (沈阳市和平区人民政府) — as long as it is one unit's. The login page tells units
 * they may type their short name or their full name; a clerk types the one on the letterhead.
 */
@Component
public class LoginNames {

	private final Accounts accounts;

	private final ReferenceDataRepository reference;

	private final VocabularyProperties vocabulary;

	public LoginNames(Accounts accounts, ReferenceDataRepository reference, VocabularyProperties vocabulary) {
		this.accounts = accounts;
		this.reference = reference;
		this.vocabulary = vocabulary;
	}

	public Optional<Account> account(String typed) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			return Optional.empty();
		}
		return this.accounts.find(name).or(() -> this.accounts.ofUnit(name)).or(() -> unitOf(name).flatMap(this.accounts::ofUnit));
	}

	private Optional<String> unitOf(String name) {
		List<Unit> units = this.reference.units();
		if (units.isEmpty()) {
			return Optional.empty();
		}
		String city = CityName.decide(this.vocabulary.city(), title("breakdown"), title("roster"),
				units.stream().map(Unit::name).toList());
		return Roster.of(units).inCity(city).match(name).resolved().map(Unit::name);
	}

	private String title(String kind) {
		return this.reference.source(kind).map(ReferenceSource::title).orElse("");
	}

}
