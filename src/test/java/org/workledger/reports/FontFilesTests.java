package org.workledger.reports;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FontFilesTests {

	private static final String SANS = "fonts/noto/NotoSansSC_400Regular.ttf";

	@TempDir
	Path cache;

	@AfterEach
	void restore() {
		System.clearProperty(FontFiles.DIRECTORY_PROPERTY);
	}

	@Test
	void aFontIsCopiedOutOfTheJarOnceAndUsedFromThereAfter() throws Exception {
		// given
		System.setProperty(FontFiles.DIRECTORY_PROPERTY, this.cache.toString());

		// when
		Path file = FontFiles.fileOf(SANS).orElseThrow();
		FileTime written = Files.getLastModifiedTime(file);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-10-31T00:00:00Z")));

		// then: the whole font, under its name and size, and the next process finds it there
		assertThat(file.getParent()).isEqualTo(this.cache);
		assertThat(file.getFileName().toString()).isEqualTo("NotoSansSC_400Regular-10559284.ttf");
		assertThat(Files.size(file)).isEqualTo(10_559_284L);
		assertThat(FontFiles.fileOf(SANS)).contains(file);
		assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(written)
			.isEqualTo(FileTime.from(Instant.parse("2023-10-31T00:00:00Z")));

		// and a copy cut short (a process killed while writing it) is written again
		Files.write(file, new byte[] { 0, 1, 0, 0 });
		assertThat(FontFiles.fileOf(SANS)).contains(file);
		assertThat(Files.size(file)).isEqualTo(10_559_284L);
	}

	@Test
	void aFaceMeasuresWithTheCachedFileAndLeavesNoTemporaryCopy() throws Exception {
		// given
		System.setProperty(FontFiles.DIRECTORY_PROPERTY, this.cache.toString());
		SimpleFontFace fromXml = new SimpleFontFace(DefaultJasperReportsContext.getInstance());
		fromXml.setTtf(SANS, false);
		List<Path> before = jdkFontCopies();

		// when
		Font font = new FileFontFace(DefaultJasperReportsContext.getInstance(), fromXml).getFont();

		// then
		assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo("Noto Sans SC");
		assertThat(font.canDisplayUpTo("沈阳市政务公开")).isEqualTo(-1);
		assertThat(jdkFontCopies()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void withoutACacheFolderTheFontsAreReadAsBefore() {
		System.setProperty(FontFiles.DIRECTORY_PROPERTY, "off");

		assertThat(FontFiles.fileOf(SANS)).isEmpty();
		assertThat(FontFiles.fileOf("fonts/noto/no-such-font.ttf")).isEmpty();
		// the registered families still have their faces
		assertThat(DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class))
			.extracting(FontFamily::getName)
			.contains("Noto Sans SC", "Noto Serif SC");
	}

	/** The JDK's copies of fonts read from streams ({@code +~JF….tmp} in the temporary folder). */
	private static List<Path> jdkFontCopies() throws java.io.IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("+~JF")).toList();
		}
	}

}
