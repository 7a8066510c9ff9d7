package org.workledger.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Loads the report engine and the four CJK font faces once, up front. A long-running
 * schedule does this at start-up: the JDK registers a shutdown hook the first time a font
 * is created, which is refused once a SIGTERM is being handled, so a run finishing after
 * SIGTERM must not be the first to use the fonts.
 */
public final class ReportEngineWarmUp {

	private static final String REPORT = """
			<jasperReport name="warm-up" language="java" pageWidth="200" pageHeight="100" columnWidth="200" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
				<title height="80">
					<element kind="staticText" x="0" y="0" width="200" height="20" fontName="Noto Serif SC"><text><![CDATA[通报 ABC 123]]></text></element>
					<element kind="staticText" x="0" y="20" width="200" height="20" fontName="Noto Serif SC" bold="true"><text><![CDATA[通报]]></text></element>
					<element kind="staticText" x="0" y="40" width="200" height="20" fontName="Noto Sans SC"><text><![CDATA[通报]]></text></element>
					<element kind="staticText" x="0" y="60" width="200" height="20" fontName="Noto Sans SC" bold="true"><text><![CDATA[通报]]></text></element>
				</title>
			</jasperReport>
			""";

	private ReportEngineWarmUp() {
	}

	public static void run() {
		try {
			JasperReport report = JasperCompileManager
				.compileReport(new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.UTF_8)));
			var print = JasperFillManager.fillReport(report, new HashMap<>(), new JREmptyDataSource(1));
			JasperExportManager.exportReportToPdfStream(print, new ByteArrayOutputStream());
		}
		catch (JRException ex) {
			throw new IllegalStateException("报表引擎初始化失败：" + ex.getMessage(), ex);
		}
	}

}
