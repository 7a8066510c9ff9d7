package org.workledger.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.WorkledgerApplication;
import org.workledger.system.DatabaseShare;
import org.workledger.system.TemporaryFiles;
import org.workledger.system.Workspace;
import org.workledger.system.WorkledgerException;
import org.workledger.system.Failures;

/** Starts the Spring context for one workspace: its database lives in the workspace's {@code data/}. */
final class SpringContexts {

	/** Optional settings file in the workspace (YAML, so Chinese values are read as UTF-8), e.g. the issuer. */
	static final String CONFIG_FILE = "workledger.yml";

	private SpringContexts() {
	}

	/** Anything picocli did not match must be a Spring property, {@code --name=value}. */
	static void checkPropertyArguments(picocli.CommandLine.Model.CommandSpec spec, List<String> springArguments) {
		List<String> unknown = springArguments.stream().filter(a -> !a.startsWith("--") || !a.contains("=")).toList();
		if (!unknown.isEmpty()) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"无法识别的参数 " + String.join(" ", unknown) + "（设置属性请写成 --名称=值）");
		}
	}

	static ConfigurableApplicationContext start(Workspace workspace, List<String> springArguments) {
		return start(workspace, springArguments, true);
	}

	/**
	 * @param shutdownHook whether SIGTERM closes the context at once; the schedule turns it
	 * off so that a run in progress can finish first
	 */
	static ConfigurableApplicationContext start(Workspace workspace, List<String> springArguments,
			boolean shutdownHook) {
		return start(workspace, springArguments, shutdownHook, WebApplicationType.NONE);
	}

	/** @param web {@code SERVLET} for {@code serve}, which runs the web console */
	static ConfigurableApplicationContext start(Workspace workspace, List<String> springArguments,
			boolean shutdownHook, WebApplicationType web) {
		// its workledger.yml was checked when the command took the workspace (WorkspaceOptions.existing)
		workspace.createDirectories(workspace.data());
		TemporaryFiles.useFolderOf(workspace);
		org.workledger.system.WorkspaceSettings.checkArguments(springArguments);
		List<String> args = new ArrayList<>(springArguments);
		if (web == WebApplicationType.SERVLET) {
			// application.properties says none for every other command; a command-line property outranks it
			args.add("--spring.main.web-application-type=servlet");
		}
		else if (springArguments.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
			// serve holds the database file: reach it through serve (see DatabaseShare)
			DatabaseShare.urlOf(workspace).ifPresent(url -> args.addAll(DatabaseShare.commandArguments(url)));
		}
		try {
			return builder(workspace, shutdownHook, web).run(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw new WorkledgerException("无法启动：" + Failures.describe(ex), ex);
		}
	}

	/** The application as every command starts it, for {@code workspace}. */
	static SpringApplicationBuilder builder(Workspace workspace, boolean shutdownHook, WebApplicationType web) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(WorkledgerApplication.class);
		StartupTimes.record(builder);
		return builder.web(web)
			// a command uses a few of the context's beans (status: none of the jobs' steps);
			// the console's are all wanted at once, before the first request
			.lazyInitialization(web == WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(shutdownHook)
			.properties("workledger.workspace.root=" + workspace.root(),
					// an office's own settings live with its files
					"spring.config.additional-location=optional:file:" + workspace.root().resolve(CONFIG_FILE));
	}

	/**
	 * Starts the context of the commands for Spring's ahead-of-time processing at build time,
	 * which stops it before it is refreshed and writes its bean definitions out as code.
	 */
	static void startForAotProcessing(java.nio.file.Path folder) {
		Workspace workspace = new Workspace(folder);
		// the conditions of the context are settled here, once: the e-mail sender is wanted
		// by every office that sets an SMTP server, and only there is it used (see
		// CirculateStepConfiguration)
		builder(workspace, false, WebApplicationType.NONE).run("--spring.mail.host=smtp.aot.invalid");
	}

}
