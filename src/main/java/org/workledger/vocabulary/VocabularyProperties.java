package org.workledger.vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The words units write, as an office knows them (in the workspace's {@code workledger.yml}).
 *
 * @param city the city's name units may write in front of their own (沈阳市); empty: taken
 * from the task breakdown's title, else the roster's, else the 市 most unit names begin with
 * @param statusSynonyms the office's own words for each status, keyed {@code done},
 * {@code in-progress}, {@code not-started}, {@code ongoing}; accepted with a warning like
 * the common ones
 */
@ConfigurationProperties("workledger.vocabulary")
public record VocabularyProperties(@DefaultValue("") String city, Map<String, List<String>> statusSynonyms) {

	public VocabularyProperties {
		statusSynonyms = statusSynonyms == null ? Map.of() : new LinkedHashMap<>(statusSynonyms);
	}

	/** The vocabulary these settings give. @throws IllegalArgumentException naming the setting to fix */
	public StatusVocabulary statuses() {
		return StatusVocabulary.withOfficeWords(this.statusSynonyms);
	}

}
