package org.workledger.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.workledger.system.AtomicFiles;
import org.workledger.system.WorkledgerException;

/**
 * Fills a compiled template and exports it as a PDF with title and author metadata.
 * Files are written under a temporary name and moved into place, so a crash never leaves
 * half a report behind.
 */
public final class PdfRenderer {

	private final String author;

	public PdfRenderer(String author) {
		this.author = author;
	}

	/** Who the PDFs name as their author (their metadata). */
	public String author() {
		return this.author;
	}

	/**
	 * Pages a very long report keeps in memory while it is filled; the others go to a swap
	 * file. A lead unit's table over a province's units runs to thousands of pages.
	 */
	private static final int PAGES_IN_MEMORY = 20;

	public static JRDataSource rows(Collection<Map<String, ?>> rows) {
		return new JRMapCollectionDataSource(rows);
	}

	/** Rows made one at a time as the report asks for them. */
	public static JRDataSource rows(Iterator<? extends Map<String, ?>> rows) {
		return new JRDataSource() {

			private Map<String, ?> current;

			@Override
			public boolean next() {
				if (!rows.hasNext()) {
					return false;
				}
				this.current = rows.next();
				return true;
			}

			@Override
			public Object getFieldValue(JRField field) {
				return this.current.get(field.getName());
			}

		};
	}

	public void render(JasperReport template, Map<String, Object> parameters, JRDataSource rows, String title,
			Path target) {
		export(fill(template, parameters, rows, target), title, target);
	}

	/** The filled report, to be exported by {@link #export}; {@code target} names it in a failure. */
	public JasperPrint fill(JasperReport template, Map<String, Object> parameters, JRDataSource rows, Path target) {
		try {
			return JasperFillManager.fillReport(template, new HashMap<>(parameters), rows);
		}
		catch (JRException ex) {
			throw new WorkledgerException("无法生成报表 " + target.getFileName() + "：" + ex.getMessage(), ex);
		}
	}

	/** Writes a filled report as a PDF at {@code target}. */
	public void export(JasperPrint print, String title, Path target) {
		try {
			AtomicFiles.write(target, out -> exportTo(print, title, out));
		}
		catch (JRException | IOException ex) {
			throw new WorkledgerException("无法生成报表 " + target.getFileName() + "：" + ex.getMessage(), ex);
		}
	}

	private void exportTo(JasperPrint print, String title, java.io.OutputStream out) throws JRException {
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setMetadataAuthor(this.author);
		configuration.setMetadataCreator("workledger");
		configuration.setDisplayMetadataTitle(true);
		exporter.setConfiguration(configuration);
		exporter.exportReport();
	}

	/**
	 * Fills and exports one report. {@code long} reports keep only a few pages in memory
	 * and swap the rest to a temporary file, so that their size is bounded by the disk,
	 * not the heap.
	 */
	public void render(JasperReport template, Map<String, Object> parameters, JRDataSource rows, String title,
			Path target, boolean large) {
		if (!large) {
			render(template, parameters, rows, title, target);
			return;
		}
		Map<String, Object> values = new HashMap<>(parameters);
		JRSwapFileVirtualizer virtualizer = null;
		if (large) {
			virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
					new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true);
			values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		}
		try {
			JasperPrint print = JasperFillManager.fillReport(template, values, rows);
			if (virtualizer != null) {
				virtualizer.setReadOnly(true);
			}
			AtomicFiles.write(target, out -> exportTo(print, title, out));
		}
		catch (JRException | IOException ex) {
			throw new WorkledgerException("无法生成报表 " + target.getFileName() + "：" + ex.getMessage(), ex);
		}
		finally {
			if (virtualizer != null) {
				virtualizer.cleanup();
			}
		}
	}

}
