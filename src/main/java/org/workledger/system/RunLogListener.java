package org.workledger.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Keeps a log file per run in the period's output folder ({@code 运行日志/}), with what
 * the terminal showed plus warnings, each line timestamped: what IT staff look at when a
 * scheduled run went wrong at six in the morning. What libraries such as POI say is not in
 * it (see {@link TechnicalLog}).
 */
public class RunLogListener implements JobExecutionListener {

	public static final String FOLDER = "运行日志";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private FileAppender<ILoggingEvent> appender;

	/** The office's zone (workledger.schedule.zone): the log is read next to the pages and the schedule's times. */
	private final ZoneId zone;

	public RunLogListener(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		RunParameters run = RunParameters.of(jobExecution.getJobParameters());
		Path file = run.workspace()
			.periodOutput(run.period())
			.resolve(FOLDER)
			.resolve(jobExecution.getJobInstance().getJobName().replace("Job", "") + "-"
					+ jobExecution.getCreateTime().atZone(ZoneId.systemDefault()).withZoneSameInstant(this.zone).format(STAMP)
					+ "-" + jobExecution.getId() + ".log");
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		if (!writableFolder(file.getParent())) {
			// a folder the account may not write (left by a run as root): the run stops on it with one Chinese line,
			// which logback's forty lines of its own failure to open the log would bury
			TechnicalLog.writeTo(run.workspace());
			return;
		}
		// a clerk reads this log: the office's clock, and 信息/警告/错误 rather than INFO/WARN/ERROR
		PatternLayout layout = new PatternLayout();
		layout.setContext(context);
		layout.getInstanceConverterMap().put("levelInChinese", LevelInChinese::new);
		layout.setPattern("%d{yyyy-MM-dd HH:mm:ss, " + this.zone.getId() + "} %levelInChinese %msg%n");
		layout.start();
		LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
		encoder.setContext(context);
		encoder.setLayout(layout);
		encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
		encoder.start();
		FileAppender<ILoggingEvent> fileAppender = new FileAppender<>();
		fileAppender.setContext(context);
		fileAppender.setName("run-" + jobExecution.getId());
		fileAppender.setFile(file.toString());
		fileAppender.setEncoder(encoder);
		fileAppender.start();
		context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(fileAppender);
		context.getLogger("workledger.console").addAppender(fileAppender);
		this.appender = fileAppender;
		// the libraries' English lines stay out of this log: they go to data/logs/technical.log
		TechnicalLog.writeTo(run.workspace());
		boolean consolidate = "consolidateJob".equals(jobExecution.getJobInstance().getJobName());
		Console.info(String.format("开始%s：%s%s（运行编号 %d）", describe(jobExecution), run.period().label(),
				consolidate ? "，统计截止 " + run.asOf() : "", jobExecution.getId()));
		java.time.LocalDate today = java.time.LocalDate.now(this.zone);
		if (consolidate && run.asOf() != null && run.asOf().isAfter(today)) {
			// the month's own last day by default: a consolidation in the middle of the month signs its circular and
			// reminders with a day still to come ("截至12月31日，你单位尚未报送" on 8 December)
			Console.info(String.format("注意：统计截止日 %s 还没有到（今天是 %s），本次的通报和催报通知都按 %s 写；"
					+ "月中只看进度可以用 status，要按今天出报告请加 --as-of %s", run.asOf(), today, run.asOf(), today));
		}
	}

	private static boolean writableFolder(Path folder) {
		try {
			java.nio.file.Files.createDirectories(folder);
			return java.nio.file.Files.isWritable(folder);
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (this.appender == null) {
			return;
		}
		List<Throwable> failures = jobExecution.getAllFailureExceptions();
		// a reason printed a few lines up as an [错误] finding is pointed to, not printed a second time
		Console.info("结束：" + label(jobExecution.getStatus()) + (failures.isEmpty() ? ""
				: WorkledgerException.saidAbove(failures) ? "，原因见上面的[错误]" : "，原因：" + Failures.describe(failures)));
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		context.getLogger("workledger.console").detachAppender(this.appender);
		this.appender.stop();
		this.appender = null;
	}

	/** The run's end as the clerk reads it. */
	static String label(org.springframework.batch.core.BatchStatus status) {
		return switch (status) {
			case COMPLETED -> "完成";
			case FAILED -> "失败";
			case STOPPED, STOPPING -> "已停止";
			case ABANDONED -> "已放弃";
			default -> status.name();
		};
	}

	private static String describe(JobExecution jobExecution) {
		return "consolidateJob".equals(jobExecution.getJobInstance().getJobName()) ? "汇总" : "分发";
	}

	/** A log line's level as the clerk reads it. */
	public static final class LevelInChinese extends ClassicConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return switch (event.getLevel().toInt()) {
				case Level.ERROR_INT -> "错误";
				case Level.WARN_INT -> "警告";
				case Level.INFO_INT -> "信息";
				default -> "调试";
			};
		}

	}

}
