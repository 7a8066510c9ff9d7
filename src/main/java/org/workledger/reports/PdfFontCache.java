package org.workledger.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;

/**
 * The PDF library keeps every font it has parsed in a static cache, and JasperReports asks
 * it to. For the embedded CJK fonts that is about 80 MB of heap (the font files and a
 * metrics entry per glyph), held for the life of the process. Within a run the cache is
 * what makes thousands of PDFs cheap; after the run it would crowd out the next run of a
 * long-lived {@code schedule} process, whose ledger step needs that memory at province
 * scale. So the reports step empties it when it is done.
 * <p>
 * In a fresh JVM the fonts take about 0.9 s of CPU to load (0.5 s the faces for the fill's
 * text measuring, 0.4 s the PDF library's), all of it on the way of the first report.
 * {@link #loadInBackground} loads them while the step before the reports runs, which
 * leaves part of the second core idle.
 */
abstract class PdfFontCache extends BaseFont {

	private static Thread loader;

	private PdfFontCache() {
	}

	/**
	 * Loads the faces of the font extensions in a thread of its own: for the fill's text
	 * measuring, and, with {@code pdfFonts}, the embedded ones into the PDF library's cache
	 * under the names JasperReports asks for (80 MB of heap from then on: a large round's
	 * ledger step wants that memory, so it leaves these to the reports step).
	 */
	static synchronized void loadInBackground(boolean pdfFonts) {
		if (loader != null && loader.isAlive()) {
			return;
		}
		loader = new Thread(() -> {
			try {
				for (FontFace face : faces()) {
					face.getFont();
				}
				if (pdfFonts) {
					loadPdfFonts();
				}
			}
			catch (JRException | RuntimeException ex) {
				// whatever is missing is loaded by the reports, as it would be without this
			}
		}, "pdf-fonts");
		loader.setDaemon(true);
		loader.start();
	}

	/** Waits for {@link #loadInBackground}, so that a report does not load the same fonts a second time. */
	static void awaitLoading() {
		Thread running;
		synchronized (PdfFontCache.class) {
			running = loader;
		}
		if (running != null) {
			try {
				running.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the PDF library holds this face, named as JasperReports names it. */
	static boolean holds(String name) {
		return fontCache.containsKey(name + "\n" + IDENTITY_H + "\n" + true);
	}

	static void clear() {
		fontCache.clear();
	}

	/** As JasperReports' PDF exporter loads an embedded face: its bytes from the repository, cached by its name. */
	private static void loadPdfFonts() throws JRException {
		RepositoryUtil repository = RepositoryUtil.getInstance(DefaultJasperReportsContext.getInstance());
		for (FontFace face : faces()) {
			String name = face.getPdf() != null ? face.getPdf() : face.getTtf();
			if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
				try {
					// the cached font file is read as it is; from the jar the 50 MB are inflated first
					java.util.Optional<java.nio.file.Path> file = FontFiles.fileOf(name);
					byte[] bytes = file.isPresent() ? java.nio.file.Files.readAllBytes(file.get())
							: repository.getBytesFromLocation(name);
					createFont(name, IDENTITY_H, EMBEDDED, true, bytes, null);
				}
				catch (java.io.IOException ex) {
					// left to the exporter
				}
			}
		}
	}

	/** The faces of the font families embedded in the PDFs with Identity-H (the Noto faces). */
	private static List<FontFace> faces() {
		List<FontFace> faces = new ArrayList<>();
		for (FontFamily family : DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class)) {
			if (!IDENTITY_H.equals(family.getPdfEncoding()) || !Boolean.TRUE.equals(family.isPdfEmbedded())) {
				continue;
			}
			for (FontFace face : new FontFace[] { family.getNormalFace(), family.getBoldFace(), family.getItalicFace(),
					family.getBoldItalicFace() }) {
				if (face != null) {
					faces.add(face);
				}
			}
		}
		return faces;
	}

}
