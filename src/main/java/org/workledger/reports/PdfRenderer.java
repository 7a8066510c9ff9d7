package org.workledger.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
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

	public static JRDataSource rows(Collection<Map<String, ?>> rows) {
		return new JRMapCollectionDataSource(rows);
	}

	public void render(JasperReport template, Map<String, Object> parameters, JRDataSource rows, String title,
			Path target) {
		try {
			JasperPrint print = JasperFillManager.fillReport(template, new HashMap<>(parameters), rows);
			AtomicFiles.write(target, out -> {
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
			});
		}
		catch (JRException | IOException ex) {
			throw new WorkledgerException("无法生成报表 " + target.getFileName() + "：" + ex.getMessage(), ex);
		}
	}

}
