package org.workledger.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.InvalidFontException;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;

/**
 * A face of fonts.xml whose AWT font (for the fill's text measuring) is made from the
 * cached font file ({@link FontFiles}) rather than from a stream out of the jar; as
 * JasperReports' own face when there is no cached file.
 */
final class FileFontFace extends SimpleFontFace {

	private Font font;

	FileFontFace(JasperReportsContext context, SimpleFontFace face) {
		super(context);
		setTtf(face.getTtf(), false);
		setPdf(face.getPdf());
		setEot(face.getEot());
		setSvg(face.getSvg());
		setWoff(face.getWoff());
	}

	@Override
	public synchronized void loadFont() throws InvalidFontException {
		if (this.font != null) {
			return;
		}
		Optional<Path> file = FontFiles.fileOf(getTtf());
		if (file.isPresent()) {
			try {
				this.font = Font.createFont(Font.TRUETYPE_FONT, file.get().toFile());
				return;
			}
			catch (FontFormatException | IOException ex) {
				// read it as JasperReports does
			}
		}
		super.loadFont();
	}

	@Override
	public synchronized Font getFont() {
		if (this.font == null && super.getFont() == null) {
			try {
				loadFont();
			}
			catch (InvalidFontException ex) {
				// no font: JasperReports measures with its default, as it would with its own face
			}
		}
		return this.font != null ? this.font : super.getFont();
	}

	@Override
	public String getName() {
		Font loaded = getFont();
		return loaded == null ? null : loaded.getName();
	}

}
