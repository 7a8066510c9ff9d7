package org.workledger.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.system.WorkledgerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplatesTests {

	@TempDir
	Path workspace;

	@Test
	void theBuiltInTemplatesComeCompiledWithWorkledger() throws IOException {
		// given: a workspace's first run
		Path cache = this.workspace.resolve("data").resolve(ReportTemplates.CACHE_FOLDER);

		// when
		ReportTemplates templates = new ReportTemplates(this.workspace.resolve("templates"), cache);
		JasperReport circular = templates.get(CircularReport.TEMPLATE);
		JasperReport report = templates.get(UnitReports.REPORT);

		// then: loaded as the build compiled them, nothing compiled or kept
		assertThat(circular.getName()).isNotBlank();
		assertThat(report.getName()).isNotBlank();
		assertThat(cache).doesNotExist();
		assertThat(templates.identity(CircularReport.TEMPLATE)).startsWith(CircularReport.TEMPLATE + "-");
	}

	@Test
	void keepsAnOfficesCompiledTemplatesForTheNextRun() throws IOException {
		Path templates = officesOwn(UnitReports.REPORT);
		Path cache = this.workspace.resolve("data").resolve(ReportTemplates.CACHE_FOLDER);
		JasperReport first = new ReportTemplates(templates, cache).get(UnitReports.REPORT);
		List<Path> files = files(cache);
		assertThat(files).hasSize(1);
		assertThat(files.get(0).getFileName().toString()).startsWith(UnitReports.REPORT + "-").endsWith(".jasper");
		FileTime written = Files.getLastModifiedTime(files.get(0));

		JasperReport again = new ReportTemplates(templates, cache).get(UnitReports.REPORT);

		assertThat(again.getName()).isEqualTo(first.getName());
		assertThat(files(cache)).containsExactlyElementsOf(files);
		assertThat(Files.getLastModifiedTime(files.get(0))).isEqualTo(written);
	}

	@Test
	void compilesAnEditedTemplateAgainAndDropsTheOldCompiledOne() throws IOException {
		Path templates = Files.createDirectories(this.workspace.resolve("templates"));
		Path cache = this.workspace.resolve("data").resolve(ReportTemplates.CACHE_FOLDER);
		String jrxml = officeEdit(builtIn(UnitReports.REMINDER));
		Files.writeString(templates.resolve(UnitReports.REMINDER + ".jrxml"), jrxml);
		Files.writeString(templates.resolve(UnitReports.REPORT + ".jrxml"), officeEdit(builtIn(UnitReports.REPORT)));
		new ReportTemplates(templates, cache).get(UnitReports.REMINDER);
		new ReportTemplates(templates, cache).get(UnitReports.REPORT);
		List<Path> before = files(cache);

		Files.writeString(templates.resolve(UnitReports.REMINDER + ".jrxml"), jrxml.replace("</jasperReport>",
				"<!-- 办公室又调整过 --></jasperReport>"));
		new ReportTemplates(templates, cache).get(UnitReports.REMINDER);

		List<Path> after = files(cache);
		assertThat(before).hasSize(2);
		assertThat(after).hasSize(2).contains(before.stream()
			.filter(p -> p.getFileName().toString().startsWith(UnitReports.REPORT + "-"))
			.findFirst()
			.orElseThrow());
		assertThat(after).doesNotContainAnyElementsOf(before.stream()
			.filter(p -> p.getFileName().toString().startsWith(UnitReports.REMINDER + "-"))
			.toList());
	}

	@Test
	void replacesADamagedCompiledTemplate() throws IOException {
		Path templates = officesOwn(UnitReports.REPORT);
		Path cache = this.workspace.resolve("data").resolve(ReportTemplates.CACHE_FOLDER);
		new ReportTemplates(templates, cache).get(UnitReports.REPORT);
		Path compiled = files(cache).get(0);
		Files.writeString(compiled, "不是编译好的模板");

		JasperReport report = new ReportTemplates(templates, cache).get(UnitReports.REPORT);

		assertThat(report).isNotNull();
		assertThat(Files.size(compiled)).isGreaterThan(1_000);
	}

	@Test
	void aBrokenTemplateIsNamedInTheMessage() throws IOException {
		Path templates = Files.createDirectories(this.workspace.resolve("templates"));
		Files.writeString(templates.resolve(UnitReports.REPORT + ".jrxml"), "<jasperReport>未写完");
		ReportTemplates broken = new ReportTemplates(templates, this.workspace.resolve("cache"));
		assertThatThrownBy(() -> broken.get(UnitReports.REPORT)).isInstanceOf(WorkledgerException.class)
			.hasMessageContaining("报表模板有错误")
			.hasMessageContaining(UnitReports.REPORT + ".jrxml");
	}

	/** The workspace's templates/ with an office's own copy of a built-in template, changed a little. */
	private Path officesOwn(String name) throws IOException {
		Path templates = Files.createDirectories(this.workspace.resolve("templates"));
		Files.writeString(templates.resolve(name + ".jrxml"), officeEdit(builtIn(name)));
		return templates;
	}

	private static String officeEdit(String jrxml) {
		return jrxml.replace("</jasperReport>", "<!-- 本办公室的版本 --></jasperReport>");
	}

	private static String builtIn(String name) throws IOException {
		try (InputStream in = ReportTemplatesTests.class.getClassLoader()
			.getResourceAsStream("templates/" + name + ".jrxml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

}
