package org.workledger.returns;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.cli.WorkledgerCommand;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Location;
import org.workledger.bench.SyntheticWorkspace;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.SyntheticReturns;
import org.workledger.workbook.StreamingGrids;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A return made from our template is marked up by editing its parts; the copy must read,
 * in POI and so in Excel, as the object model's copy does: the same sheets, the same 退回说明,
 * the same comments in the same boxes, the same fills on the same cells and nothing else
 * changed.
 */
class XlsxPartsAnnotatorTests {

	private static final String SHEET = ProgressWorkbookContract.SHEET;

	static Path distributed;

	@TempDir
	Path folder;

	@BeforeAll
	static void distribute() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		WorkledgerCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "distribute",
				"-w", workspace.toString(), "-p", "2023-10");
		distributed = workspace.resolve("output/2023-10/沈阳市教育局-2023年10月进展情况表.xlsx");
	}

	@Test
	void marksUpATemplateReturnAsTheObjectModelDoes() throws Exception {
		// given: a filled return with a wrong status, and findings of every kind
		Path original = ReturnFixtures.fill(distributed, this.folder.resolve("教育局.xlsx"), LocalDate.of(2023, 10, 30),
				(sheet, row) -> {
					if (row == 7) {
						ReturnFixtures.set(sheet, row, ReturnFixtures.STATUS, "差不多了 <&> \u0001");
					}
				});
		List<Finding> findings = new ArrayList<>();
		findings.add(FindingCode.STATUS_INVALID.at(new Location("教育局.xlsx", SHEET, "H8"), "差不多了 <&> \u0001",
				"差不多了 <&> \u0001", ""));
		findings.add(FindingCode.PERCENT_MISSING.at(new Location("教育局.xlsx", SHEET, "I8"), "60"));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", SHEET, "H8"), ""));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", SHEET, "C3"), ""));
		findings.add(FindingCode.BREAKDOWN_ITEM_MISSING.at(Location.row("教育局.xlsx", SHEET, 9), ""));
		findings.add(FindingCode.FILE_UNREADABLE.at(Location.file("教育局.xlsx"), "", "示例原因"));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", "不存在的表", "B2"), ""));
		byte[] bytes = Files.readAllBytes(original);
		Path parts = this.folder.resolve("退回/parts.xlsx");
		Path objectModel = this.folder.resolve("退回/object-model.xlsx");

		// when
		boolean written = XlsxPartsAnnotator.annotate(bytes, findings, parts);
		new RejectedWorkbookAnnotator().annotateWithObjectModel(bytes, original, findings, objectModel);

		// then
		assertThat(written).isTrue();
		assertThat(Files.readAllBytes(original)).isEqualTo(bytes);
		assertSameCopy(parts, objectModel);
		try (Workbook a = WorkbookFactory.create(parts.toFile(), null, true)) {
			assertThat(sheetNames(a)).startsWith(RejectedWorkbookAnnotator.SHEET, SHEET);
			Sheet sheet = a.getSheet(SHEET);
			assertThat(sheet.getCellComment(new CellAddress("H8")).getAuthor()).isEqualTo(RejectedWorkbookAnnotator.AUTHOR);
			assertThat(style(sheet, "H8").getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(style(sheet, "H8").getLocked()).isFalse();
			// C3 lies in the merged B3:D3: the mark goes on B3
			assertThat(sheet.getCellComment(new CellAddress("B3"))).isNotNull();
			// 填报单位, which the distributed form locks, can be put right in the copy
			assertThat(style(sheet, "B3").getLocked()).isFalse();
			assertThat(a.getSheetAt(0).getRow(3).getCell(3).getStringCellValue()).isEqualTo("差不多了 <&> ?");
		}
		// a part the copy does not change is copied as it was stored, not compressed again
		try (ZipFile before = new ZipFile(original.toFile()); ZipFile after = new ZipFile(parts.toFile())) {
			var stored = before.getEntry("xl/sharedStrings.xml");
			var copied = after.getEntry("xl/sharedStrings.xml");
			assertThat(copied.getCompressedSize()).isEqualTo(stored.getCompressedSize());
			assertThat(copied.getCrc()).isEqualTo(stored.getCrc());
			assertThat(copied.getLastModifiedTime()).isEqualTo(stored.getLastModifiedTime());
			assertThat(after.getEntry("xl/styles.xml").getSize()).isNotEqualTo(before.getEntry("xl/styles.xml").getSize());
		}
	}

	@Test
	void marksUpWorkbooksUnitsMadeThemselvesAsTheObjectModelDoes() throws Exception {
		// given: the benchmark's hand-made returns, all with errors, some on cells the sheet does not have (the
		// value right of 填报单位 left out, 工作进展 of a bare table left empty) and on rows the sheet does not have
		SyntheticWorkspace synthetic = new SyntheticWorkspace(this.folder.resolve("messy"), 40, 11,
				new SyntheticWorkspace.Mix(1, 1));
		synthetic.ensure(false, 2);
		ReturnValidator validator = SyntheticReturns.validator(synthetic);
		int onMissingCells = 0;
		for (int i = 0; i < synthetic.returns(); i++) {
			Path original = synthetic.returnFile(i);
			String name = original.getFileName().toString();
			if (!name.endsWith(".xlsx")) {
				continue;
			}
			// the same findings whether the return was streamed or read through the object model
			List<Finding> findings = validator.validate(ReturnedWorkbookReader.read(StreamingGrids.of(original), name))
				.findings()
				.all();
			try (Workbook workbook = WorkbookFactory.create(original.toFile(), null, true)) {
				assertThat(validator.validate(ReturnedWorkbookReader.read(workbook, name)).findings().all())
					.isEqualTo(findings);
				onMissingCells += (int) findings.stream().filter(f -> isMissingCell(workbook, f.location())).count();
			}
			byte[] bytes = Files.readAllBytes(original);
			Path parts = this.folder.resolve("退回/parts-" + i + ".xlsx");
			Path objectModel = this.folder.resolve("退回/object-model-" + i + ".xlsx");

			// when
			boolean written = XlsxPartsAnnotator.annotate(bytes, findings, parts);
			new RejectedWorkbookAnnotator().annotateWithObjectModel(bytes, original, findings, objectModel);

			// then: the parts path takes every one of them, and its copy is the object model's
			assertThat(written).as(name).isTrue();
			assertSameCopy(parts, objectModel);
		}
		assertThat(onMissingCells).isGreaterThan(3);
	}

	@Test
	void createsACellTheSheetDoesNotHaveAsTheObjectModelDoes() throws Exception {
		// given: a finding far below and right of anything the template has
		Path original = ReturnFixtures.fill(distributed, this.folder.resolve("教育局.xlsx"), LocalDate.of(2023, 10, 30));
		List<Finding> onMissingCell = List
			.of(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", SHEET, "Z500"), ""));
		byte[] bytes = Files.readAllBytes(original);
		Path parts = this.folder.resolve("退回/parts.xlsx");
		Path objectModel = this.folder.resolve("退回/object-model.xlsx");

		// when
		boolean written = XlsxPartsAnnotator.annotate(bytes, onMissingCell, parts);
		new RejectedWorkbookAnnotator().annotateWithObjectModel(bytes, original, onMissingCell, objectModel);

		// then
		assertThat(written).isTrue();
		assertSameCopy(parts, objectModel);
		try (Workbook workbook = WorkbookFactory.create(parts.toFile(), null, true)) {
			assertThat(workbook.getSheet(SHEET).getCellComment(new CellAddress("Z500"))).isNotNull();
			assertThat(style(workbook.getSheet(SHEET), "Z500").getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
		}
	}

	@Test
	void aWorkbookThatDeclaresTheRelationshipPrefixOnEachSheetGetsAWellFormedCopy() throws Exception {
		// given: a return saved as openpyxl saves it: xmlns:r on each <sheet>, not on <workbook>; no defined names
		Path filled = ReturnFixtures.fill(distributed, this.folder.resolve("教育局.xlsx"), LocalDate.of(2023, 10, 30));
		String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		Path original = this.folder.resolve("openpyxl.xlsx");
		rewrite(filled, original, "xl/workbook.xml", xml -> xml.replace(" xmlns:r=\"" + rel + "\"", "")
			.replace("<sheet ", "<sheet xmlns:r=\"" + rel + "\" ")
			.replaceAll("<definedNames>.*</definedNames>", "<definedNames/>"));
		List<Finding> onH8 = List.of(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", SHEET, "H8"), ""));
		Path parts = this.folder.resolve("退回/parts.xlsx");

		// when
		boolean written = XlsxPartsAnnotator.annotate(Files.readAllBytes(original), onH8, parts);

		// then: workbook.xml is namespace-well-formed (a strict reader such as openpyxl opens it) and POI reads the copy
		assertThat(written).isTrue();
		try (ZipFile zip = new ZipFile(parts.toFile())) {
			javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			org.w3c.dom.Document workbook = factory.newDocumentBuilder()
				.parse(zip.getInputStream(zip.getEntry("xl/workbook.xml")));
			org.w3c.dom.NodeList sheets = workbook.getElementsByTagNameNS("*", "sheet");
			for (int i = 0; i < sheets.getLength(); i++) {
				assertThat(((org.w3c.dom.Element) sheets.item(i)).getAttributeNS(rel, "id")).isNotEmpty();
			}
			assertThat(workbook.getElementsByTagNameNS("*", "definedNames").getLength()).isEqualTo(1);
		}
		try (Workbook a = WorkbookFactory.create(parts.toFile(), null, true)) {
			assertThat(sheetNames(a)).startsWith(RejectedWorkbookAnnotator.SHEET, SHEET);
			assertThat(a.getSheet(SHEET).getCellComment(new CellAddress("H8"))).isNotNull();
		}
	}

	/** A copy of an .xlsx with one part changed. */
	private static void rewrite(Path from, Path to, String part, java.util.function.UnaryOperator<String> change)
			throws Exception {
		try (ZipFile zip = new ZipFile(from.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
			for (var entry : java.util.Collections.list(zip.entries())) {
				byte[] bytes = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(part)) {
					bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
	}

	@Test
	void leavesToTheObjectModelWhatItDoesNotHandle() throws Exception {
		// given: a copy annotated before
		Path original = ReturnFixtures.fill(distributed, this.folder.resolve("教育局.xlsx"), LocalDate.of(2023, 10, 30));
		List<Finding> onH8 = List.of(FindingCode.DEADLINE_MISSING.at(new Location("教育局.xlsx", SHEET, "H8"), ""));
		Path annotated = this.folder.resolve("退回/annotated.xlsx");
		new RejectedWorkbookAnnotator().annotate(original, onH8, annotated);

		// when / then: nothing is written and the annotator's object model does it
		Path target = this.folder.resolve("退回/x.xlsx");
		assertThat(XlsxPartsAnnotator.annotate(Files.readAllBytes(annotated), onH8, target)).isFalse();
		assertThat(target).doesNotExist();
		new RejectedWorkbookAnnotator().annotate(annotated, onH8, this.folder.resolve("退回/again.xlsx"));
		try (Workbook workbook = WorkbookFactory.create(this.folder.resolve("退回/again.xlsx").toFile(), null, true)) {
			assertThat(sheetNames(workbook)).containsOnlyOnce(RejectedWorkbookAnnotator.SHEET);
			assertThat(workbook.getSheet(SHEET).getCellComments()).hasSize(1);
		}
		try (ZipFile zip = new ZipFile(annotated.toFile())) {
			// the first copy came from the parts path: POI's object model adds a DrawingML part as well
			assertThat(zip.getEntry("xl/drawings/drawing1.xml")).isNull();
			assertThat(zip.getEntry("xl/comments1.xml")).isNotNull();
		}
	}

	/** Both copies read, in POI and so in Excel, alike: sheets, cells and their looks, comments, layout. */
	private static void assertSameCopy(Path parts, Path objectModel) throws Exception {
		try (Workbook a = WorkbookFactory.create(parts.toFile(), null, true);
				Workbook b = WorkbookFactory.create(objectModel.toFile(), null, true)) {
			assertThat(sheetNames(a)).isEqualTo(sheetNames(b)).startsWith(RejectedWorkbookAnnotator.SHEET);
			assertThat(a.getActiveSheetIndex()).isZero();
			for (int i = 0; i < b.getNumberOfSheets(); i++) {
				Sheet sa = a.getSheetAt(i);
				Sheet sb = b.getSheetAt(i);
				assertThat(sa.isSelected()).as(sa.getSheetName()).isEqualTo(sb.isSelected());
				assertThat(a.isSheetVeryHidden(i)).isEqualTo(b.isSheetVeryHidden(i));
				assertThat(cells(sa)).as(parts + " " + sa.getSheetName()).isEqualTo(cells(sb));
				assertThat(comments(sa)).as(parts + " " + sa.getSheetName()).isEqualTo(comments(sb));
				assertThat(sa.getMergedRegions()).isEqualTo(sb.getMergedRegions());
				assertThat(sa.getRepeatingRows()).isEqualTo(sb.getRepeatingRows());
				assertThat(sa.getPaneInformation() == null ? null : sa.getPaneInformation().getHorizontalSplitPosition())
					.isEqualTo(sb.getPaneInformation() == null ? null : sb.getPaneInformation().getHorizontalSplitPosition());
				assertThat(sa.getPrintSetup().getLandscape()).isEqualTo(sb.getPrintSetup().getLandscape());
				assertThat(sa.getFitToPage()).isEqualTo(sb.getFitToPage());
				assertThat(sa.getFooter().getCenter()).isEqualTo(sb.getFooter().getCenter());
				assertThat(sa.getProtect()).isEqualTo(sb.getProtect());
				for (int c = 0; c < 12; c++) {
					assertThat(sa.getColumnWidth(c)).isEqualTo(sb.getColumnWidth(c));
				}
				for (Row row : sb) {
					assertThat(sa.getRow(row.getRowNum()).getHeightInPoints()).as(sa.getSheetName() + " row " + row.getRowNum())
						.isEqualTo(row.getHeightInPoints());
				}
			}
		}
	}

	private static boolean isMissingCell(Workbook workbook, Location location) {
		Sheet sheet = location.sheet().isEmpty() ? null : workbook.getSheet(location.sheet());
		if (sheet == null || !location.cell().matches("[A-Z]{1,3}[0-9]+")) {
			return false;
		}
		CellAddress address = new CellAddress(location.cell());
		Row row = sheet.getRow(address.getRow());
		return row == null || row.getCell(address.getColumn()) == null;
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static CellStyle style(Sheet sheet, String address) {
		CellAddress a = new CellAddress(address);
		return sheet.getRow(a.getRow()).getCell(a.getColumn()).getCellStyle();
	}

	/** Every cell's shown value and the parts of its style a person sees. */
	private static Map<String, String> cells(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		Map<String, String> cells = new TreeMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				CellStyle s = cell.getCellStyle();
				cells.put(cell.getAddress().formatAsString(), formatter.formatCellValue(cell) + " | fill " + s.getFillPattern()
						+ "/" + s.getFillForegroundColor() + " | font " + fontOf(sheet.getWorkbook(), s) + " | border "
						+ s.getBorderBottom() + s.getBorderTop() + s.getBorderLeft() + s.getBorderRight() + " | format "
						+ s.getDataFormatString() + " | align " + s.getAlignment() + "/" + s.getVerticalAlignment() + "/"
						+ s.getWrapText() + " | locked " + s.getLocked());
			}
		}
		return cells;
	}

	private static String fontOf(Workbook workbook, CellStyle style) {
		var font = workbook.getFontAt(style.getFontIndex());
		return font.getFontName() + "/" + font.getFontHeightInPoints() + "/" + font.getBold() + "/" + font.getColor();
	}

	private static Map<String, String> comments(Sheet sheet) {
		Map<String, String> comments = new TreeMap<>();
		for (Map.Entry<CellAddress, ? extends Comment> entry : sheet.getCellComments().entrySet()) {
			Comment comment = entry.getValue();
			ClientAnchor anchor = comment.getClientAnchor();
			comments.put(entry.getKey().formatAsString(), comment.getAuthor() + ": " + comment.getString().getString()
					+ " @ " + anchor.getCol1() + "," + anchor.getRow1() + "-" + anchor.getCol2() + "," + anchor.getRow2());
		}
		return comments;
	}

}
