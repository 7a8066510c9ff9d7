package org.workledger.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JRConstants;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import org.workledger.intake.Sha256;
import org.workledger.system.AtomicFiles;
import org.workledger.system.WorkledgerException;

/**
 * The JRXML templates of one run, compiled once. A template in the workspace's
 * {@code templates/} folder replaces the built-in one of the same name, so an office can
 * restyle a report in a JRXML editor without a rebuild.
 * <p>
 * Compiled templates are kept in a cache folder under {@code data/}, by the content of
 * their JRXML and the JasperReports version: compiling the circular's eight templates
 * took about two seconds of a fresh process, loading them takes a few milliseconds. A
 * changed template has other content, so it is compiled again; an unreadable cache file
 * is compiled again and replaced. The built-in templates come compiled in the jar
 * ({@link TemplatePrecompiler}), so a workspace's first run compiles none of them.
 */
public final class ReportTemplates {

	private static final String BUILT_IN = "templates/";

	private static final String COMPILED = ".jasper";

	static final String SOURCE = ".jrxml";

	/** The built-in templates compiled at build time, in the jar. */
	private static final String PRECOMPILED = "compiled-templates/";

	/** The folder under {@code data/} with the compiled templates. */
	public static final String CACHE_FOLDER = "compiled-templates";

	private final Path overrides;

	private final Path cache;

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	/** Each template's name and content, as its compiled file in the cache is named. */
	private final Map<String, String> identities = new ConcurrentHashMap<>();

	/** Templates compiled for this process only. */
	public ReportTemplates(Path overrides) {
		this(overrides, null);
	}

	/**
	 * @param overrides the workspace's {@code templates/} folder, or null
	 * @param cache the folder for compiled templates, or null to compile in memory only
	 */
	public ReportTemplates(Path overrides, Path cache) {
		this.overrides = overrides;
		this.cache = cache;
	}

	/**
	 * The template {@code name} as it is now: its name, a hash of its JRXML (the office's own
	 * or the built-in one) and the JasperReports version. What a report was made with.
	 */
	public String identity(String name) {
		get(name);
		return this.identities.get(name);
	}

	/** The compiled template {@code name} (file {@code name.jrxml}). */
	public JasperReport get(String name) {
		return this.compiled.computeIfAbsent(name, this::compile);
	}

	private JasperReport compile(String name) {
		String file = name + SOURCE;
		Path override = this.overrides == null ? null : this.overrides.resolve(file);
		boolean overridden = override != null && Files.isRegularFile(override);
		try {
			byte[] jrxml;
			try (InputStream in = overridden ? Files.newInputStream(override) : builtIn(file)) {
				jrxml = in.readAllBytes();
			}
			this.identities.put(name, cacheName(name, jrxml));
			Path cached = this.cache == null ? null : this.cache.resolve(cacheName(name, jrxml));
			JasperReport report = cached == null ? null : loadCached(cached);
			if (report == null) {
				report = loadPrecompiled(cacheName(name, jrxml));
			}
			if (report == null) {
				report = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
				if (cached != null) {
					saveCached(name, report, cached);
				}
			}
			return report;
		}
		catch (JRException | IOException | RuntimeException ex) {
			String where = overridden ? override.toString() : "内置模板 " + file;
			throw new WorkledgerException("报表模板有错误，无法使用：" + where + "（" + firstLine(ex) + "）", ex);
		}
	}

	/** {@code name-<content hash>-<JasperReports version>.jasper}. */
	static String cacheName(String name, byte[] jrxml) {
		String version = JasperReport.class.getPackage().getImplementationVersion();
		return name + "-" + Sha256.of(jrxml).substring(0, 16) + "-"
				+ (version != null ? version : "s" + JRConstants.SERIAL_VERSION_UID) + COMPILED;
	}

	private static JasperReport loadCached(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return (JasperReport) JRLoader.loadObject(file.toFile());
		}
		catch (JRException | RuntimeException ex) {
			// written by another version or damaged: compiled again and replaced
			return null;
		}
	}

	/**
	 * The template as the build compiled it, when its JRXML is a built-in one byte for byte
	 * (an office's copy left unchanged counts too) and JasperReports is the same version.
	 */
	private static JasperReport loadPrecompiled(String cacheName) {
		try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(PRECOMPILED + cacheName)) {
			return in == null ? null : (JasperReport) JRLoader.loadObject(in);
		}
		catch (JRException | IOException | RuntimeException ex) {
			// compiled below, as for a template of the office's own
			return null;
		}
	}

	/** Keeps the compiled template, replacing those of earlier versions of the same JRXML. */
	private static void saveCached(String name, JasperReport report, Path file) {
		try {
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, out -> JRSaver.saveObject(report, out));
			try (Stream<Path> files = Files.list(file.getParent())) {
				for (Path old : files.filter(p -> isEarlierVersion(p, name, file)).toList()) {
					Files.deleteIfExists(old);
				}
			}
		}
		catch (IOException | JRException | RuntimeException ex) {
			// only a cache: the next run compiles the template again
		}
	}

	private static boolean isEarlierVersion(Path candidate, String name, Path current) {
		String file = candidate.getFileName().toString();
		String hashAndVersion = file.startsWith(name + "-") ? file.substring(name.length() + 1) : "";
		// "circular-<hash>…" but not "circular-chart-<hash>…": a hash has no '-' before the version
		return !candidate.equals(current) && file.endsWith(COMPILED) && hashAndVersion.indexOf('-') == 16;
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
