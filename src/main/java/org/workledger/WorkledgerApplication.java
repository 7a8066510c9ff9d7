package org.workledger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.workledger.cli.WorkledgerCommand;

/**
 * Entry point of workledger. The command line (picocli) is parsed first, because the
 * workspace decides where the embedded database lives; each command then starts the
 * Spring context it needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkledgerApplication {

	public static void main(String[] args) {
		System.exit(WorkledgerCommand.execute(args));
	}

}
