package org.workledger.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontExtensionsCollector;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontExtensionHelper;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * The font families of our fonts.xml (registered in jasperreports_extension.properties
 * under {@value #PREFIX}…), as JasperReports' own simple font extension reads them, with
 * faces that load from the cached font files ({@link FileFontFace}). The faces are loaded
 * when first used, not when the families are read.
 */
public class CachedFontsRegistryFactory implements ExtensionsRegistryFactory {

	static final String PREFIX = "net.sf.jasperreports.extension.workledger.font.families.";

	@Override
	public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
		List<String> locations = JRPropertiesUtil.getProperties(properties, PREFIX)
			.stream()
			.map(JRPropertiesUtil.PropertySuffix::getValue)
			.toList();
		return new ExtensionsRegistry() {

			private List<FontFamily> families;

			private List<FontSet> sets;

			@Override
			public synchronized <T> List<T> getExtensions(Class<T> extensionType) {
				if (!FontFamily.class.equals(extensionType) && !FontSet.class.equals(extensionType)) {
					return null;
				}
				if (this.families == null) {
					load(locations);
				}
				@SuppressWarnings("unchecked")
				List<T> extensions = (List<T>) (FontFamily.class.equals(extensionType) ? this.families : this.sets);
				return extensions;
			}

			private void load(List<String> locations) {
				JasperReportsContext context = DefaultJasperReportsContext.getInstance();
				FontExtensionsCollector collector = new FontExtensionsCollector();
				for (String location : locations) {
					try (InputStream in = CachedFontsRegistryFactory.class.getClassLoader().getResourceAsStream(location)) {
						if (in != null) {
							// false: the faces are not loaded while the families are read
							SimpleFontExtensionHelper.getInstance().loadFontExtensions(context, in, collector, false);
						}
					}
					catch (IOException ex) {
						// as JasperReports' own extension: a missing fonts.xml means no such fonts
					}
				}
				List<FontFamily> withFiles = new ArrayList<>();
				for (FontFamily family : collector.getFontFamilies()) {
					if (family instanceof SimpleFontFamily simple) {
						simple.setNormalFace(fromFile(context, simple.getNormalFace()));
						simple.setBoldFace(fromFile(context, simple.getBoldFace()));
						simple.setItalicFace(fromFile(context, simple.getItalicFace()));
						simple.setBoldItalicFace(fromFile(context, simple.getBoldItalicFace()));
					}
					withFiles.add(family);
				}
				this.families = withFiles;
				this.sets = collector.getFontSets();
			}

		};
	}

	private static SimpleFontFace fromFile(JasperReportsContext context, net.sf.jasperreports.engine.fonts.FontFace face) {
		return face instanceof SimpleFontFace simple ? new FileFontFace(context, simple) : null;
	}

}
