package org.workledger.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.workledger.contract.ProgressWorkbookContract;

/**
 * A glance at an .xlsx without parsing it: the sheet names in {@code xl/workbook.xml}.
 * Enough to tell that a file made from our template is a return, so finding the task
 * breakdown and the roster among thousands of returns does not parse every one of them.
 */
public final class QuickLook {

	/** workbook.xml of a return is a few KB; anything far larger is not worth a glance. */
	private static final int MAX_BYTES = 256 * 1024;

	private QuickLook() {
	}

	/** True when the file is certainly a progress workbook made from our template. */
	public static boolean isTemplateReturn(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry("xl/workbook.xml");
			if (entry == null) {
				return false;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				String xml = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
				return xml.contains("name=\"" + ProgressWorkbookContract.SHEET + "\"")
						&& xml.contains("name=\"" + ProgressWorkbookContract.META_SHEET + "\"");
			}
		}
		catch (IOException | RuntimeException ex) {
			// not a zip, or a damaged one: the full check decides
			return false;
		}
	}

}
