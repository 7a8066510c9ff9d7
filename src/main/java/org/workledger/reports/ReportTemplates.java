package org.workledger.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.workledger.system.WorkledgerException;

/**
 * The JRXML templates of one run, compiled once. A template in the workspace's
 * {@code templates/} folder replaces the built-in one of the same name, so an office can
 * restyle a report in a JRXML editor without a rebuild.
 */
public final class ReportTemplates {

	private static final String BUILT_IN = "templates/";

	private final Path overrides;

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	public ReportTemplates(Path overrides) {
		this.overrides = overrides;
	}

	/** The compiled template {@code name} (file {@code name.jrxml}). */
	public JasperReport get(String name) {
		return this.compiled.computeIfAbsent(name, this::compile);
	}

	private JasperReport compile(String name) {
		String file = name + ".jrxml";
		Path override = this.overrides == null ? null : this.overrides.resolve(file);
		try (InputStream in = override != null && Files.isRegularFile(override) ? Files.newInputStream(override)
				: builtIn(file)) {
			return JasperCompileManager.compileReport(in);
		}
		catch (JRException | IOException | RuntimeException ex) {
			String where = override != null && Files.isRegularFile(override) ? override.toString() : "内置模板 " + file;
			throw new WorkledgerException("报表模板有错误，无法使用：" + where + "（" + firstLine(ex) + "）", ex);
		}
	}

	private static InputStream builtIn(String file) throws IOException {
		InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(BUILT_IN + file);
		if (in == null) {
			throw new IOException("找不到模板 " + file);
		}
		return in;
	}

	private static String firstLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
