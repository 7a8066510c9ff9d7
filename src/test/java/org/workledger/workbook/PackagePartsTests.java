package org.workledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PackagePartsTests {

	@Test
	void sheetsAreFoundThroughTheRelationshipsWhateverTheNamespacePrefixes() throws IOException {
		// given: parts as another program writes them (prefixed elements, an absolute target, escaped names)
		String rels = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<pr:Relationships xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships">
				<pr:Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
				<pr:Relationship Target="/xl/worksheets/sheet2.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Id="rId2"/>
				<pr:Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
				</pr:Relationships>""";
		String workbook = """
				<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
				<x:bookViews><x:workbookView activeTab="0"/></x:bookViews>
				<x:sheets>
				<x:sheet name="进展&amp;情况" sheetId="1" rel:id="rId1"/>
				<x:sheet state="veryHidden" sheetId="2" name="_workledger" rel:id="rId2"/>
				</x:sheets>
				<x:definedNames><x:definedName name="sheet">Sheet1!$A$1</x:definedName></x:definedNames>
				</x:workbook>""";

		// when
		Map<String, PackageParts.Relationship> relationships = PackageParts.relationships(rels);

		// then
		assertThat(relationships).hasSize(3);
		assertThat(relationships.get("rId2").part()).isEqualTo("xl/worksheets/sheet2.xml");
		assertThat(relationships.get("rId3").type()).endsWith("/styles");
		assertThat(PackageParts.sheets(workbook, relationships)).containsExactly(
				new PackageParts.Sheet("进展&情况", "xl/worksheets/sheet1.xml", false),
				new PackageParts.Sheet("_workledger", "xl/worksheets/sheet2.xml", true));
	}

	@Test
	void aSheetWithoutItsRelationshipIsRefused() {
		String workbook = "<workbook><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId9\"/></sheets></workbook>";
		assertThatThrownBy(() -> PackageParts.sheets(workbook, Map.of())).isInstanceOf(IOException.class);
		String nameless = "<workbook><sheets><sheet sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
		assertThatThrownBy(() -> PackageParts.sheets(nameless, Map.of())).isInstanceOf(IOException.class);
	}

}
