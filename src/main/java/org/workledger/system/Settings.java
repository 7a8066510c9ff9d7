package org.workledger.system;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.util.unit.DataSize;

/**
 * A setting whose value Spring could not take (warning-days: fifteen, settle-time: 10 秒),
 * said with its name, what was written and how to write it; Spring's own words named a
 * NumberFormatException and neither the setting nor the file.
 */
final class Settings {

	private Settings() {
	}

	static Optional<String> describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindException bind) {
				String name = bind.getName() == null ? "" : bind.getName().toString();
				Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
				Class<?> type = bind.getTarget() == null ? Object.class : bind.getTarget().getType().resolve(Object.class);
				return Optional.of("设置 " + name + (value == null ? "" : " 的值“" + value + "”") + "无法识别：" + hint(type)
						+ "（在工作目录的 workledger.yml 或命令行中修改）");
			}
			if (t instanceof java.time.DateTimeException && String.valueOf(t.getMessage()).contains("time-zone")) {
				return Optional.of("设置 workledger.schedule.zone 的时区无法识别：请写成 Asia/Shanghai 这样的时区名");
			}
		}
		return Optional.empty();
	}

	static String hint(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "应是整数，例如 15";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "应是 true 或 false";
		}
		if (type == Duration.class) {
			return "应写成 10s、5m、1h 这样的时长（数字后紧跟 s 秒、m 分、h 时）";
		}
		if (type == DataSize.class) {
			return "应写成 20MB 这样的大小（数字后紧跟 KB、MB 或 GB）";
		}
		return "请按 README 的 Configuration 一节填写";
	}

}
