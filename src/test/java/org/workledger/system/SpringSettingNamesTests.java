package org.workledger.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpringSettingNamesTests {

	@Test
	void aMisspeltSettingOfTheDatabaseTheMailOrTheWebServerIsNamedWithTheLikelyOne() {
		Map<String, Object> settings = Map.of(
				"spring", Map.of("datasource", Map.of("url", "jdbc:postgresql://db/workledger", "usrname", "workledger"),
						"mail", Map.of("hots", "smtp.example.gov.cn", "port", 465,
								"properties", Map.of("mail.smtp.ssl.enable", true))),
				"server", Map.of("forward-headers-stategy", "native", "port", 8080),
				"workledger", Map.of("reports", Map.of("issuer", "办公室")));

		assertThat(SpringSettingNames.unknown(settings)).containsExactlyInAnyOrder(
				"spring.datasource.usrname（是不是 spring.datasource.username？）",
				"spring.mail.hots（是不是 spring.mail.host？）",
				"server.forward-headers-stategy（是不是 server.forward-headers-strategy？）");
	}

	@Test
	void theSettingsTheReadmeGivesAreKnown() {
		assertThat(SpringSettingNames.unknown(Map.of("spring",
				Map.of("datasource", Map.of("url", "u", "username", "w", "password", "p", "hikari", Map.of("maximum-pool-size", 4)),
						"mail", Map.of("host", "h", "port", 465, "username", "u", "password", "p")),
				"server", Map.of("forward-headers-strategy", "native", "address", "127.0.0.1")))).isEmpty();
	}

}
