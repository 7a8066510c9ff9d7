package org.workledger.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Compiles the built-in JRXML templates at build time ({@code process-classes}, see the
 * pom) into the jar's {@code compiled-templates/}, named as {@link ReportTemplates} names
 * its cache files. The first run of a workspace then loads them instead of compiling them:
 * compiling the circular's templates was about a second of a fresh process, the larger part
 * of its first circular. An office's own template is compiled at its first use, as before.
 */
public final class TemplatePrecompiler {

	private TemplatePrecompiler() {
	}

	/** {@code <folder of the built-in .jrxml> <folder for the .jasper files>} */
	public static void main(String[] args) throws IOException, JRException {
		Path templates = Path.of(args[0]);
		Path compiled = Files.createDirectories(Path.of(args[1]));
		List<Path> sources;
		try (Stream<Path> files = Files.list(templates)) {
			sources = files.filter(f -> f.getFileName().toString().endsWith(ReportTemplates.SOURCE)).sorted().toList();
		}
		for (Path source : sources) {
			String file = source.getFileName().toString();
			String name = file.substring(0, file.length() - ReportTemplates.SOURCE.length());
			byte[] jrxml = Files.readAllBytes(source);
			JasperReport report = JasperCompileManager.compileReport(new java.io.ByteArrayInputStream(jrxml));
			JRSaver.saveObject(report, compiled.resolve(ReportTemplates.cacheName(name, jrxml)).toFile());
		}
		System.out.println("compiled " + sources.size() + " built-in templates into " + compiled);
	}

}
