package org.workledger.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * The PDF library's cache of parsed fonts, which JasperReports asks it to use.
 * <p>
 * Left to itself the library reads a font named by a class path resource (the Noto faces
 * of our font extension) whole into the heap: about 80 MB for the four faces, each inflated
 * out of the jar at every start. {@link #loadFrom} puts the same fonts into the cache read
 * from files on disk instead, under the names JasperReports asks for: the library then maps
 * the files and keeps only their metrics on the heap (about 31 MB), and they load in a third
 * of the time (0.13 s instead of 0.42 s in a fresh JVM). The files are copied out of the
 * jar once, into a folder of the workspace's data.
 * <p>
 * Within a run the cache is what makes thousands of PDFs cheap; after the run it would crowd
 * out the next run of a long-lived {@code schedule} process, whose ledger step needs that
 * memory at province scale. So the reports step empties it when it is done.
 */
abstract class PdfFontCache extends BaseFont {

	private PdfFontCache() {
	}

	/**
	 * Puts every embedded TrueType face of the font extensions into the cache, read from a
	 * file in {@code folder} (copied there from the class path when missing or of another
	 * size). A face that cannot be copied or read is left to the library's own loading.
	 */
	static synchronized void loadFrom(Path folder) {
		for (FontFace face : embeddedFaces()) {
			String name = face.getTtf();
			if (holds(name)) {
				continue;
			}
			try {
				Path file = copied(name, folder);
				if (file != null) {
					BaseFont font = createFont(file.toString(), IDENTITY_H, EMBEDDED, false, null, null);
					fontCache.put(name + "\n" + IDENTITY_H + "\n" + true, font);
				}
			}
			catch (IOException | RuntimeException ex) {
				// the library reads it from the class path, as it would without this
			}
		}
	}

	/**
	 * {@link #loadFrom} and the same faces for the text measuring of the fill, in a thread
	 * of its own: started with a run that writes PDFs, the fonts are ready when its reports
	 * step begins (in a fresh JVM they take about 0.7 s of CPU, which the earlier steps leave
	 * room for on the second core).
	 */
	static void loadInBackground(Path folder) {
		Thread loader = new Thread(() -> {
			try {
				loadFrom(folder);
				for (FontFace face : embeddedFaces()) {
					face.getFont();
				}
			}
			catch (RuntimeException ex) {
				// the reports step loads what is missing
			}
		}, "pdf-fonts");
		loader.setDaemon(true);
		loader.start();
	}

	/** Whether the face of this class path resource is in the cache. */
	static boolean holds(String resource) {
		return fontCache.containsKey(resource + "\n" + IDENTITY_H + "\n" + true);
	}

	static void clear() {
		fontCache.clear();
	}

	private static List<FontFace> embeddedFaces() {
		List<FontFace> faces = new ArrayList<>();
		for (FontFamily family : DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class)) {
			if (!IDENTITY_H.equals(family.getPdfEncoding()) || !family.isPdfEmbedded()) {
				continue;
			}
			for (FontFace face : new FontFace[] { family.getNormalFace(), family.getBoldFace(),
					family.getItalicFace(), family.getBoldItalicFace() }) {
				if (face != null && face.getPdf() == null && face.getTtf() != null
						&& face.getTtf().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
					faces.add(face);
				}
			}
		}
		return faces;
	}

	/** The face's file in {@code folder}, copied from the class path if needed; null if it is not a resource. */
	private static Path copied(String resource, Path folder) throws IOException {
		ClassLoader loader = PdfFontCache.class.getClassLoader();
		var url = loader.getResource(resource);
		if (url == null) {
			return null;
		}
		Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
		long size = url.openConnection().getContentLengthLong();
		if (Files.isRegularFile(file) && Files.size(file) == size) {
			return file;
		}
		Files.createDirectories(folder);
		Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
		try (InputStream in = url.openStream()) {
			Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(part);
		}
		return file;
	}

}
