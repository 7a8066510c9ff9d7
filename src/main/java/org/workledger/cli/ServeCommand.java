package org.workledger.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.schedule.ScheduleLoop;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.Console;
import org.workledger.system.DatabaseShare;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import org.workledger.web.ConsoleRuns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code serve}: the web console and the schedule in one process. The schedule's runs and
 * the console's 「立即汇总」 share the process's context and take turns.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = { "启动工作台（网页）并按计划定时汇总（同 schedule）。",
				"默认只在本机 127.0.0.1 上提供服务，用 --bind 0.0.0.0 向办公网开放（建议放在带 HTTPS 的反向代理之后）。账号用 user add 新建。" })
class ServeCommand implements Callable<Integer> {

	private static final String H2_BIND_ADDRESS = "h2.bindAddress";

	@Mixin
	WorkspaceOptions options;

	@Option(names = "--port", paramLabel = "PORT", description = "端口，默认 8080")
	Integer port;

	@Option(names = "--bind", paramLabel = "ADDRESS", description = "监听地址，默认 127.0.0.1（仅本机）；0.0.0.0 为所有网卡")
	String bind;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		Workspace workspace = this.options.existing(this.spec, true);
		if (org.workledger.system.DatabaseShare.urlOf(workspace).isPresent()) {
			throw new org.workledger.system.WorkledgerException("工作台（serve）已经在这个工作目录运行；同一工作目录只运行一个工作台。要重新启动，请先停止正在运行的那个（systemctl restart workledger）");
		}
		List<String> arguments = new ArrayList<>(this.springArguments);
		if (this.port != null) {
			arguments.add("--server.port=" + this.port);
		}
		if (this.bind != null) {
			arguments.add("--server.address=" + this.bind);
		}
		AtomicReference<ScheduleLoop> loopRef = new AtomicReference<>();
		// the database is shared with the command line on this machine only (see DatabaseShare);
		// H2 reads this once, when it starts, so before the context
		if (System.getProperty(H2_BIND_ADDRESS) == null) {
			System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
		}
		ConfigurableApplicationContext context = SpringContexts.start(workspace, arguments, false,
				WebApplicationType.SERVLET);
		Optional<DatabaseShare> share = DatabaseShare.open(workspace,
				context.getEnvironment().getProperty("spring.datasource.url"));
		ScheduleProperties properties = context.getBean(ScheduleProperties.class);
		ConsoleRuns runs = context.getBean(ConsoleRuns.class);
		StopSignals.onStop(() -> {
			Console.info("工作台：收到停止信号，" + (runs.running().isPresent() ? "等待当前汇总结束后退出"
					: WorkspaceLock.isHeld(workspace) ? "等待命令行正在进行的运行结束后退出（最多 "
							+ properties.shutdownGrace().toMinutes() + " 分钟）" : "退出"));
			ScheduleLoop loop = loopRef.get();
			if (loop != null) {
				loop.stop(properties.shutdownGrace());
			}
		});
		String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
		String port = context.getEnvironment().getProperty("local.server.port",
				context.getEnvironment().getProperty("server.port", "8080"));
		Console.info("工作台已启动：http://" + address + ":" + port + "/（工作目录 " + workspace.root() + "）");
		Console.info("定时汇总：" + org.workledger.schedule.CronWords.of(properties.cron()) + "（" + properties.zone()
				+ "）汇总当天所在月份（该月空白表尚未生成时汇总最近一期已生成的月份），并重新汇总本次收到迟报表格的此前月份");
		ScheduleLoop loop = ScheduleLoop.of(properties, workspace.data(),
				(period, asOf) -> runs.runScheduled(period, asOf, properties.reports()));
		loopRef.set(loop);
		try {
			loop.runUntilStopped();
		}
		finally {
			waitForRun(runs, properties.shutdownGrace());
			share.ifPresent(DatabaseShare::close);
			context.close();
		}
		return 0;
	}

	/**
	 * A clerk's run in progress may finish within the grace period, the console's or one
	 * typed on the command line through the shared database; runs are crash-safe after it.
	 */
	private static void waitForRun(ConsoleRuns runs, Duration grace) {
		long until = System.nanoTime() + grace.toNanos();
		while (runs.aRunIsGoing() && System.nanoTime() < until) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
