package org.workledger.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.bundle.Bundle.Result;
import org.workledger.support.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands run from the context Spring's ahead-of-time processing wrote out at build
 * time (the launcher asks for it). Its conditions were settled then, so what an office's
 * settings switch on at run time is tried here through the launcher: sending by e-mail and
 * the PostgreSQL server.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher bin/workledger")
class AheadOfTimeContextIT {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	/** Without the class data archive's training run, which is not what is tried here. */
	private static final Map<String, String> ENVIRONMENT = Bundle.environment(Map.of("WORKLEDGER_CDS", "off"));

	@TempDir
	Path temp;

	@Test
	void sendsTheCircularByEmailWhenTheWorkspaceSetsAnSmtpServer() throws Exception {
		// given the bundle's sample workspace with an SMTP server in its settings
		Path bundle = Bundle.unzip(Bundle.zip(), this.temp);
		Path sample = bundle.resolve("sample-workspace");
		Files.writeString(sample.resolve("workledger.yml"), Files.readString(sample.resolve("workledger.yml"))
				+ "\nspring.mail.host: 127.0.0.1\nspring.mail.port: " + smtp.getSmtp().getPort()
				+ "\nworkledger.mail.enabled: true\nworkledger.mail.from: gongkai@example.gov.cn"
				+ "\nworkledger.mail.circular-to: bangongting@example.gov.cn\n");

		// when consolidate runs through the launcher
		Result consolidate = Bundle.run(bundle, ENVIRONMENT, "bin/workledger", "consolidate", "--workspace",
				"sample-workspace", "--period", "2023-10", "--reports", "circular");

		// then the circular reached its reader
		assertThat(consolidate.exitCode()).as(consolidate.output()).isZero();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain("bangongting@example.gov.cn");
		assertThat(Arrays.stream(received).map(AheadOfTimeContextIT::subject)).as(consolidate.output())
			.anyMatch(subject -> subject.contains("通报") && subject.contains("2023年10月"));
	}

	@Test
	void runsOnThePostgresqlServerTheWorkspaceNames() throws Exception {
		// given an empty PostgreSQL database, named by the command line
		PostgresServer.requireEmptyDatabase();
		Path bundle = Bundle.unzip(Bundle.zip(), this.temp);
		String[] server = { "--spring.datasource.url=" + PostgresServer.URL,
				"--spring.datasource.username=" + PostgresServer.USER,
				"--spring.datasource.password=" + PostgresServer.PASSWORD };

		// when distribute and consolidate run through the launcher
		Result distribute = Bundle.run(bundle, ENVIRONMENT, concat(new String[] { "bin/workledger", "distribute",
				"--workspace", "sample-workspace", "--period", "2023-10" }, server));
		Result consolidate = Bundle.run(bundle, ENVIRONMENT, concat(new String[] { "bin/workledger", "consolidate",
				"--workspace", "sample-workspace", "--period", "2023-10", "--reports", "circular" }, server));

		// then both ran on the server, and the embedded database was never made
		assertThat(distribute.exitCode()).as(distribute.output()).isZero();
		assertThat(consolidate.exitCode()).as(consolidate.output()).isZero();
		assertThat(consolidate.output()).contains("单位：应报 49，已报 0，未报 49");
		assertThat(bundle.resolve("sample-workspace/data/workledger.mv.db")).doesNotExist();

		// and with the server named in workledger.yml, as the README says, status sees the runs (it said "还没有运行过")
		java.nio.file.Files.writeString(bundle.resolve("sample-workspace/workledger.yml"), "spring:\n  datasource:\n    url: "
				+ PostgresServer.URL + "\n    username: " + PostgresServer.USER + "\n    password: " + PostgresServer.PASSWORD
				+ "\n", java.nio.file.StandardOpenOption.APPEND);
		Result status = Bundle.run(bundle, ENVIRONMENT, "bin/workledger", "status", "--workspace", "sample-workspace");
		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.output()).contains("2023年10月").doesNotContain("还没有运行过");
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
