package org.workledger.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.workledger.contract.ProgressWorkbookContract;

/**
 * A glance at a workbook without parsing it: the sheet names in an .xlsx's
 * {@code xl/workbook.xml}, or in the first records of an .xls. Enough to tell that a file
 * made from our template is a return, so finding the task breakdown and the roster among
 * thousands of returns does not parse every one of them.
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
		catch (ZipException ex) {
			// not a zip: maybe an .xls, whatever its name says
			return isTemplateReturnXls(file);
		}
		catch (IOException | RuntimeException ex) {
			// a damaged zip: the full check decides
			return false;
		}
	}

	/**
	 * The .xls case: the sheet names are the workbook's first records (before any cell), so
	 * they are read without building POI's object model of the whole file (a hundred saved
	 * copies of the template took a tenth of finding the tables among 10,000 returns).
	 */
	private static boolean isTemplateReturnXls(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			String stream = root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
			try (InputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(stream))) {
				RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
				Set<String> names = new HashSet<>();
				for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
					if (record instanceof BoundSheetRecord sheet) {
						names.add(sheet.getSheetname());
					}
					else if (record instanceof EOFRecord) {
						break;
					}
				}
				return names.contains(ProgressWorkbookContract.SHEET) && names.contains(ProgressWorkbookContract.META_SHEET);
			}
		}
		catch (IOException | RuntimeException ex) {
			// not an .xls, an encrypted or damaged one: the full check decides
			return false;
		}
	}

}
