package org.workledger.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.workledger.accounts.Accounts;
import org.workledger.period.Period;
import org.workledger.support.ReturnFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and download for anonymous, unit A (和平区), unit B (沈河区) and the office: a
 * unit never reads another unit's file or page, anonymous gets the login page; CSRF on
 * every form; uploads by content and capped; names cleaned; headers; no stack traces.
 */
@SpringBootTest(properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class ConsoleSecurityTests {

	static final Path WORKSPACE = ConsoleWorkspace.create();

	static boolean prepared;

	static String shaOfA;

	static String reportOfA;

	static String rejectedListOfA;

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void givenAnOrdinaryDay(@Autowired JobOperator operator, @Autowired @Qualifier("distributeJob") Job distribute,
			@Autowired @Qualifier("consolidateJob") Job consolidate, @Autowired Accounts accounts) throws Exception {
		if (prepared) {
			return;
		}
		ConsoleWorkspace.prepare(WORKSPACE, operator, distribute, consolidate, accounts, true);
		shaOfA = this.jdbc.sql("select sha256 from input_file where unit_name = ?")
			.param(ConsoleWorkspace.UNIT_A)
			.query(String.class)
			.single();
		reportOfA = "2023-10/单位报告/" + ConsoleWorkspace.UNIT_A + "-2023年10月催报通知.pdf";
		rejectedListOfA = "2023-10/退回/和平区10月-问题清单.xlsx";
		assertThat(WORKSPACE.resolve("output").resolve(reportOfA)).exists();
		assertThat(WORKSPACE.resolve("output").resolve(rejectedListOfA)).exists();
		prepared = true;
	}

	private List<String> officePages() {
		return List.of("/office", "/office?period=2023-10", "/office/files", "/office/files/" + shaOfA, "/office/runs",
				"/office/runs/1", "/office/reports", "/office/tables", "/office/upload",
				"/office/download?path=" + reportOfA);
	}

	private List<String> unitAPages() {
		return List.of("/unit", "/unit/returns/" + shaOfA, "/unit/download?path=" + reportOfA,
				"/unit/download?path=" + rejectedListOfA);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void anonymousGetsTheLoginPageForEverything() throws Exception {
		for (String url : concat(officePages(), unitAPages(), List.of("/"))) {
			MvcResult result = this.mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/login");
		}
		assertThat(status(get("/login"))).isEqualTo(200);
		assertThat(status(multipart("/returns").file(workbook("a.xlsx")).with(csrf()))).isEqualTo(302);
	}

	@Test
	void theOfficeSeesEveryOfficePageButNoUnitPage() throws Exception {
		for (String url : officePages()) {
			assertThat(status(get(url).with(office()))).as(url).isEqualTo(200);
		}
		// versions of a table, all called 单位名册.xlsx, are told apart by when they were taken in
		assertThat(this.mvc.perform(get("/office/tables").with(office())).andReturn().getResponse().getContentAsString())
			.contains("导入时间");
		for (String url : unitAPages()) {
			assertThat(status(get(url).with(office()))).as(url).isEqualTo(403);
		}
	}

	@Test
	void aUnitSeesItsOwnPagesAndFilesOnly() throws Exception {
		for (String url : unitAPages()) {
			assertThat(status(get(url).with(unitA()))).as("和平区 " + url).isEqualTo(200);
		}
		for (String url : officePages()) {
			assertThat(status(get(url).with(unitA()))).as("和平区 " + url).isEqualTo(403);
		}
		// 沈河区 gets nothing of 和平区's: its return page sends it home, the files are not there for it
		MvcResult ownReturn = this.mvc.perform(get("/unit/returns/" + shaOfA).with(unitB())).andReturn();
		assertThat(ownReturn.getResponse().getRedirectedUrl()).isEqualTo("/unit");
		assertThat(status(get("/unit/download?path=" + reportOfA).with(unitB()))).isEqualTo(404);
		assertThat(status(get("/unit/download?path=" + rejectedListOfA).with(unitB()))).isEqualTo(404);
		// and is told so in Chinese, not by the browser's own English page
		assertThat(this.mvc.perform(get("/unit/download?path=" + reportOfA).with(unitB())).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("找不到这个页面");
		String home = this.mvc.perform(get("/unit").with(unitB())).andReturn().getResponse().getContentAsString();
		assertThat(home).contains(ConsoleWorkspace.UNIT_B).doesNotContain("和平区10月");
		String homeA = this.mvc.perform(get("/unit").with(unitA())).andReturn().getResponse().getContentAsString();
		assertThat(homeA).contains("和平区10月.xlsx", "催报通知");
	}

	@Test
	void anAccountRemovedWhileLoggedInIsLoggedOutAtItsNextPage(@Autowired org.workledger.accounts.Accounts accounts)
			throws Exception {
		// given a unit logged in, whose account the office then removes
		accounts.add("heping-temp", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, ConsoleWorkspace.UNIT_A);
		assertThat(status(get("/unit").with(user("heping-temp").roles("UNIT")))).isEqualTo(200);
		accounts.remove("heping-temp");

		// when it opens a page, then it is sent to the login page, which says why
		MvcResult next = this.mvc.perform(get("/unit").with(user("heping-temp").roles("UNIT"))).andReturn();
		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?removed");
		assertThat(this.mvc.perform(get("/login?removed")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("这个账号已被删除、重新开通或改了密码，已退出登录");

		// and a login whose account was removed and added again under its name (a password reset, or another unit) ends too
		accounts.add("heping-temp", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, ConsoleWorkspace.UNIT_A);
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		assertThat(this.mvc.perform(get("/unit").session(session).with(user("heping-temp").roles("UNIT"))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		accounts.remove("heping-temp");
		accounts.add("heping-temp", "another-password-2", org.workledger.accounts.Role.UNIT, ConsoleWorkspace.UNIT_B);
		MvcResult old = this.mvc.perform(get("/unit").session(session).with(user("heping-temp").roles("UNIT"))).andReturn();
		assertThat(old.getResponse().getRedirectedUrl()).isEqualTo("/login?removed");
		accounts.remove("heping-temp");
	}

	@Test
	void aUnitTakesItsOwnBlankWorkbookAgain() throws Exception {
		// given: October distributed, a blank workbook per unit in output/2023-10/
		String blankOfA = "2023-10/" + ConsoleWorkspace.UNIT_A + "-2023年10月进展情况表.xlsx";
		assertThat(WORKSPACE.resolve("output").resolve(blankOfA)).exists();

		// when
		String homeA = this.mvc.perform(get("/unit").with(unitA())).andReturn().getResponse().getContentAsString();
		MvcResult download = this.mvc.perform(get("/unit/download").param("path", blankOfA).with(unitA())).andReturn();

		// then: 和平区 finds and takes its own, and 沈河区 neither sees nor takes it
		assertThat(homeA).contains("空白进展情况表", "2023年10月：" + ConsoleWorkspace.UNIT_A + "-2023年10月进展情况表.xlsx");
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsByteArray())
			.isEqualTo(Files.readAllBytes(WORKSPACE.resolve("output").resolve(blankOfA)));
		String homeB = this.mvc.perform(get("/unit").with(unitB())).andReturn().getResponse().getContentAsString();
		assertThat(homeB).contains(ConsoleWorkspace.UNIT_B + "-2023年10月进展情况表.xlsx")
			.doesNotContain(ConsoleWorkspace.UNIT_A + "-2023年10月进展情况表.xlsx");
		assertThat(status(get("/unit/download").param("path", blankOfA).with(unitB()))).isEqualTo(404);
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		assertThat(status(post("/office/consolidate").param("period", "2023-10").with(office()))).isEqualTo(403);
		assertThat(status(post("/office/distribute").param("period", "2023-11").with(office()))).isEqualTo(403);
		// and a unit cannot distribute, with or without it
		assertThat(status(post("/office/distribute").param("period", "2023-11").with(unitA()).with(csrf()))).isEqualTo(403);
		assertThat(status(multipart("/office/upload").file(workbook("x.xlsx")).with(office()))).isEqualTo(403);
		assertThat(status(multipart("/returns").file(workbook("x.xlsx")).with(unitA()))).isEqualTo(403);
		assertThat(status(post("/logout").with(unitA()))).isEqualTo(403);
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).contains("name=\"_csrf\"");
	}

	@Test
	void aFormSentAfterItsLoginEndedAsksToLogInAgain() throws Exception {
		// the session and its CSRF token are gone (serve restarted, or eight hours passed): not "没有权限"
		MvcResult upload = this.mvc.perform(multipart("/returns").file(workbook("a.xlsx")).with(csrf().useInvalidToken()))
			.andReturn();
		assertThat(upload.getResponse().getRedirectedUrl()).endsWith("/login?expired");
		assertThat(this.mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
			.contains("登录已过期", "请重新登录后再提交一次");
		// the login form itself, left open across a restart
		MvcResult login = this.mvc
			.perform(post("/login").param("username", "heping").param("password", "x").with(csrf().useInvalidToken()))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/login?again");
		// logged in, with a token of another session: refused, as before
		assertThat(status(multipart("/returns").file(workbook("a.xlsx")).with(unitA()).with(csrf().useInvalidToken())))
			.isEqualTo(403);
	}

	@Test
	void anotherUnitsReturnIsAnErrorAtItsUnitCellAndIsNotSent(@Autowired Accounts accounts) throws Exception {
		// given: 苏家屯区's good return, uploaded from 于洪区's account by mistake
		accounts.add("yuhong", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, "于洪区人民政府");
		Path file = ConsoleWorkspace.goodReturn(WORKSPACE, "苏家屯区人民政府",
				Files.createTempDirectory("returns").resolve("苏家屯区.xlsx"));

		// when
		String page = this.mvc
			.perform(multipart("/returns").file(new MockMultipartFile("file", "错传.xlsx", null, Files.readAllBytes(file)))
				.with(user("yuhong").roles("UNIT"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: refused, with an error at the cell, what it says there, and a copy marked for sending back
		assertThat(page).contains("不能由本账号报送")
			.contains("填报单位是“苏家屯区人民政府”，不是本账号所属的“于洪区人民政府”，不能由本账号报送")
			.contains("错传-退回修改.xlsx")
			.doesNotContain("错传-提示批注.xlsx")
			.doesNotContain("已提交");
		assertThat(WORKSPACE.resolve("input/错传.xlsx")).doesNotExist();

		// and named as the account's own unit's file, no hint beside the error that it counts for the other unit
		String namedAsOwn = this.mvc
			.perform(multipart("/returns")
				.file(new MockMultipartFile("file", "于洪区人民政府-2023年10月进展情况表.xlsx", null, Files.readAllBytes(file)))
				.with(user("yuhong").roles("UNIT"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(namedAsOwn).contains("不能由本账号报送").doesNotContain("计入");
	}

	@Test
	void theSameHintInEveryRowIsOneLineOfTheCheckNamingWhere() throws Exception {
		// given 和平区's return with 进行中 for 推进中 in every row, and one percent out of range
		Path file = org.workledger.support.ReturnFixtures.fill(ConsoleWorkspace.blank(WORKSPACE, ConsoleWorkspace.UNIT_A),
				Files.createTempDirectory("returns").resolve("和平区进行中.xlsx"), java.time.LocalDate.of(2023, 10, 26),
				(sheet, r) -> {
					org.workledger.support.ReturnFixtures.set(sheet, r, org.workledger.support.ReturnFixtures.STATUS, "进行中");
					if (r == org.workledger.support.ReturnFixtures.FIRST_TASK_ROW) {
						org.workledger.support.ReturnFixtures.setNumber(sheet, r, org.workledger.support.ReturnFixtures.PERCENT,
								120);
					}
				});

		// when the unit checks it
		String page = this.mvc
			.perform(multipart("/returns").file(new MockMultipartFile("file", "和平区进行中.xlsx", null, Files.readAllBytes(file)))
				.with(unitA())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then the error stands on its own line, and the hint repeated in every row is one line saying where
		assertThat(page).contains("不是 0–100 之间的数");
		String hint = "完成状态“进行中”已按“推进中”处理";
		assertThat(page.split(java.util.regex.Pattern.quote(hint), -1)).hasSize(2);
		assertThat(page).containsPattern("进展填报!H\\d+、H\\d+、H\\d+、H\\d+、H\\d+、H\\d+ 等 \\d+ 处\n任务 1.1、2.1、3.1、4.1、4.2、4.3 等");

		// and checked again as it was, its page lists the file once among the checks that did not pass
		this.mvc.perform(multipart("/returns").file(new MockMultipartFile("file", "和平区进行中.xlsx", null, Files.readAllBytes(file)))
			.with(unitA())
			.with(csrf()));
		String home = this.mvc.perform(get("/unit").with(unitA())).andReturn().getResponse().getContentAsString();
		assertThat(home.split(java.util.regex.Pattern.quote("和平区进行中.xlsx"), -1)).hasSize(2);
	}

	@Test
	void theOfficeSeesThatAUnitNotReportedHasTriedItsPage(@Autowired Accounts accounts) throws Exception {
		// given 康平县, not reported, checking a return with an error on its page and sending nothing
		accounts.add("kangping", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, "康平县人民政府");
		Path file = org.workledger.support.ReturnFixtures.fill(ConsoleWorkspace.blank(WORKSPACE, "康平县人民政府"),
				Files.createTempDirectory("returns").resolve("康平县.xlsx"), java.time.LocalDate.of(2023, 10, 26),
				(sheet, r) -> org.workledger.support.ReturnFixtures.setNumber(sheet, r,
						org.workledger.support.ReturnFixtures.PERCENT, 120));
		this.mvc.perform(multipart("/returns").file(new MockMultipartFile("file", "康平县.xlsx", null, Files.readAllBytes(file)))
			.with(user("kangping").roles("UNIT"))
			.with(csrf()));

		// when the office looks at the month
		String overview = this.mvc.perform(get("/office").param("period", "2023-10").with(office()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then it is told the unit is trying, and that errors stop it, before it phones to chase it
		assertThat(overview).containsPattern(
				"康平县人民政府(?s).{0,400}已在本单位页面检查（\\d+月\\d+日 \\d{2}:\\d{2}），有 \\d+ 个错误，尚未报送");
	}

	@Test
	void aReturnOfAnotherMonthThanTheNewestFormIsPointedOut(@Autowired Accounts accounts) throws Exception {
		// given: 大东区 has November's form too, and sends a return filled in on October's
		String unit = "大东区人民政府";
		accounts.add("dadong", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, unit);
		Path november = Files.createDirectories(WORKSPACE.resolve("output").resolve("2023-11"))
			.resolve(org.workledger.distribute.ProgressWorkbookSpecs.fileName(unit, Period.of(2023, 11)));
		Files.copy(ConsoleWorkspace.blank(WORKSPACE, unit), november);
		Path file = ConsoleWorkspace.goodReturn(WORKSPACE, unit, Files.createTempDirectory("returns").resolve("大东区.xlsx"));

		// when
		String page = this.mvc
			.perform(multipart("/returns").file(new MockMultipartFile("file", "大东区进展.xlsx", null, Files.readAllBytes(file)))
				.with(user("dadong").roles("UNIT"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: sent, for October, and the unit is told at once that November's form is the newest
		assertThat(page).contains("计入2023年10月",
				"请注意：这份表格的报送期次是2023年10月，本单位最近下发的是2023年11月的进展情况表。如果要报送2023年11月的进展，请从本单位页面下载2023年11月的空白表");
		String home = this.mvc.perform(get("/unit").with(user("dadong").roles("UNIT"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("<td>大东区进展.xlsx</td><td>2023年10月</td>")
			.contains("本期应报送：2023年11月进展情况表。本单位还没有报送。");

		// and a unit that sent nothing for October is reminded of October as well as told of November
		accounts.add("hunnan", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, "浑南区人民政府");
		Files.copy(ConsoleWorkspace.blank(WORKSPACE, "浑南区人民政府"), november.resolveSibling(
				org.workledger.distribute.ProgressWorkbookSpecs.fileName("浑南区人民政府", Period.of(2023, 11))));
		assertThat(this.mvc.perform(get("/unit").with(user("hunnan").roles("UNIT"))).andReturn().getResponse()
			.getContentAsString()).contains("本期应报送：2023年11月进展情况表。本单位还没有报送。报送时限12月5日已过，请尽快报送。另外，2023年10月的进展情况表还没有报送，请尽快补报");
	}

	@Test
	void aReturnSentByMistakeIsWithdrawnBeforeTheRunNeverDeleted(@Autowired Accounts accounts) throws Exception {
		// given: 铁西区 sent a return through its page, and it waits in input/
		String unit = "铁西区人民政府";
		accounts.add("tiexi", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, unit);
		Path file = ConsoleWorkspace.goodReturn(WORKSPACE, unit, Files.createTempDirectory("returns").resolve("铁西区.xlsx"));
		this.mvc.perform(multipart("/returns").file(new MockMultipartFile("file", "铁西区交错了.xlsx", null, Files.readAllBytes(file)))
			.with(user("tiexi").roles("UNIT"))
			.with(csrf()));
		assertThat(WORKSPACE.resolve("input/铁西区交错了.xlsx")).exists();
		String home = this.mvc.perform(get("/unit").with(user("tiexi").roles("UNIT"))).andReturn().getResponse().getContentAsString();
		String token = home.replaceAll("(?s).*name=\"token\" value=\"([0-9a-f]+)\".*", "$1");

		// when it presses 撤回, it is asked first, and nothing moves yet
		String asked = this.mvc
			.perform(post("/unit/withdraw").param("token", token).with(user("tiexi").roles("UNIT")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(asked).contains("“铁西区交错了.xlsx”（2023年10月", "撤回后不会被汇总", "确定撤回", "返回，不撤回");
		assertThat(WORKSPACE.resolve("input/铁西区交错了.xlsx")).exists();

		// and when it confirms, it takes it back
		MvcResult withdrawn = this.mvc
			.perform(post("/unit/withdraw").param("token", token).param("confirmed", "yes")
				.with(user("tiexi").roles("UNIT")).with(csrf()))
			.andReturn();

		// then it is out of input/, kept with the upload, and no longer listed as waiting
		assertThat(withdrawn.getFlashMap().get("message").toString()).startsWith("已撤回“铁西区交错了.xlsx”，它不会被汇总");
		assertThat(WORKSPACE.resolve("input/铁西区交错了.xlsx")).doesNotExist();
		try (var kept = Files.walk(WORKSPACE.resolve("data/uploads"))) {
			assertThat(kept.filter(f -> f.getFileName().toString().equals("withdrawn-铁西区交错了.xlsx"))).hasSize(1);
		}
		assertThat(this.mvc.perform(get("/unit").with(user("tiexi").roles("UNIT"))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("已提交、等待汇总的表格");
		// another unit cannot take it back, nor can a made-up token
		assertThat(status(post("/unit/withdraw").param("token", token).param("confirmed", "yes").with(unitA()).with(csrf())))
			.isEqualTo(404);
	}

	@Test
	void aCorrectedReturnSentBeforeTheRunTakesTheEarlierOnesPlace(@Autowired Accounts accounts) throws Exception {
		// given: 皇姑区 sent its return, then a corrected one whose 填报日期 it also put right, to an earlier day;
		// a run taking in both would count the one with the later date, the draft
		String unit = "皇姑区人民政府";
		accounts.add("huanggu", ConsoleWorkspace.PASSWORD, org.workledger.accounts.Role.UNIT, unit);
		Path dir = Files.createTempDirectory("returns");
		Path draft = ReturnFixtures.fill(ConsoleWorkspace.blank(WORKSPACE, unit), dir.resolve("第一版.xlsx"),
				LocalDate.of(2023, 10, 31));
		Path corrected = ReturnFixtures.fill(ConsoleWorkspace.blank(WORKSPACE, unit), dir.resolve("第二版.xlsx"),
				LocalDate.of(2023, 10, 30));
		this.mvc.perform(multipart("/returns").file(new MockMultipartFile("file", "皇姑区第一版.xlsx", null, Files.readAllBytes(draft)))
			.with(user("huanggu").roles("UNIT"))
			.with(csrf()));
		assertThat(WORKSPACE.resolve("input/皇姑区第一版.xlsx")).exists();

		// when
		String page = this.mvc
			.perform(multipart("/returns").file(new MockMultipartFile("file", "皇姑区第二版.xlsx", null, Files.readAllBytes(corrected)))
				.with(user("huanggu").roles("UNIT"))
				.with(csrf()))
			.andReturn().getResponse().getContentAsString();

		// then only the corrected one waits for the run; the draft is kept with its upload, and the unit is told
		assertThat(page).contains("此前提交、尚未汇总的“皇姑区第一版.xlsx”已撤下，以这一份为准");
		assertThat(WORKSPACE.resolve("input/皇姑区第二版.xlsx")).exists();
		assertThat(WORKSPACE.resolve("input/皇姑区第一版.xlsx")).doesNotExist();
		try (var kept = Files.walk(WORKSPACE.resolve("data/uploads"))) {
			assertThat(kept.filter(f -> f.getFileName().toString().equals("withdrawn-皇姑区第一版.xlsx"))).hasSize(1);
		}
		String home = this.mvc.perform(get("/unit").with(user("huanggu").roles("UNIT"))).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("皇姑区第二版.xlsx").doesNotContain("皇姑区第一版.xlsx");
		Files.delete(WORKSPACE.resolve("input/皇姑区第二版.xlsx"));
	}

	@Test
	void consolidatingAMonthNoReturnCameInForIsAskedAboutFirst() throws Exception {
		// a month whose forms were just handed out: one click made 49 reminders at once
		MvcResult asked = this.mvc.perform(post("/office/consolidate").param("period", "2024-02").with(office()).with(csrf()))
			.andReturn();
		assertThat(asked.getResponse().getStatus()).isEqualTo(200);
		assertThat(asked.getResponse().getContentAsString()).contains("2024年2月还没有收到任何单位的进展情况表", "仍然汇总2024年2月",
				"name=\"confirmed\"");
	}

	@Test
	void downloadsComeFromOutputOnly() throws Exception {
		for (String path : List.of("../data/workledger.mv.db", "../input/单位名册.xlsx", "/etc/passwd",
				"2023-10/../../data/workledger.mv.db", "")) {
			assertThat(status(get("/office/download").param("path", path).with(office()))).as(path).isIn(400, 404);
		}
		assertThat(status(get("/unit/checks/../../workledger.mv.db/x").with(unitA()))).isIn(400, 404);
		// the units' initial passwords (user add-units) are in output/ for the clerk, not for the browser
		Path passwords = Files.createDirectories(WORKSPACE.resolve("output/账号")).resolve("单位账号（2023-10-20）.xlsx");
		Files.write(passwords, new byte[] { 1 });
		assertThat(status(get("/office/download").param("path", "账号/单位账号（2023-10-20）.xlsx").with(office()))).isEqualTo(404);
		assertThat(status(get("/office/download").param("path", "2023-10/../账号/单位账号（2023-10-20）.xlsx").with(office())))
			.isEqualTo(404);
		Files.delete(passwords);
	}

	@Test
	void theOfficeTakesAPeriodsFilesOrOneHeadingsInOneZip() throws Exception {
		// when
		MvcResult all = streamed(get("/office/reports/zip").param("period", "2023-10").with(office()));
		MvcResult blanks = streamed(get("/office/reports/zip").param("period", "2023-10")
			.param("section", "空白进展情况表（下发给各单位）")
			.with(office()));

		// then: the whole period with its folders, or just the heading's files
		assertThat(all.getResponse().getHeader("Content-Disposition")).contains("attachment");
		List<String> allEntries = zipEntries(all.getResponse().getContentAsByteArray());
		assertThat(allEntries).contains("汇总台账（2023年10月）.xlsx", ConsoleWorkspace.UNIT_A + "-2023年10月进展情况表.xlsx")
			.anyMatch(e -> e.startsWith("退回/"));
		assertThat(zipEntries(blanks.getResponse().getContentAsByteArray())).hasSize(49)
			.allMatch(e -> e.endsWith("-2023年10月进展情况表.xlsx"));
		// and nobody else gets it, nor a period that is not one
		assertThat(status(get("/office/reports/zip").param("period", "2023-10").with(unitA()))).isEqualTo(403);
		assertThat(status(get("/office/reports/zip").param("period", "../账号").with(office()))).isEqualTo(404);
	}

	/** A response written as a stream: MockMvc hands it over once the async part has run. */
	private MvcResult streamed(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult started = this.mvc.perform(request).andReturn();
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andReturn();
	}

	private static List<String> zipEntries(byte[] zip) throws java.io.IOException {
		List<String> names = new java.util.ArrayList<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	@Test
	void theOfficeIsToldAtOnceWhichUploadedReturnsWillBeRejected() throws Exception {
		// given: a good return of 沈河区 and a bad one of 和平区, made outside the workspace
		Path made = Files.createTempDirectory("made");
		byte[] good = Files.readAllBytes(ConsoleWorkspace.goodReturn(WORKSPACE, ConsoleWorkspace.UNIT_B, made.resolve("good.xlsx")));
		byte[] bad = Files.readAllBytes(ConsoleWorkspace.badReturn(WORKSPACE, made.resolve("bad.xlsx")));

		// when the office uploads them
		@SuppressWarnings("unchecked")
		List<String> goodCheck = (List<String>) officeUpload("沈河区10月（办公室代传）.xlsx", good).getFlashMap().get("checks");
		@SuppressWarnings("unchecked")
		List<String> badCheck = (List<String>) officeUpload("和平区10月（办公室代传）.xlsx", bad).getFlashMap().get("checks");

		// then each is in input/, and the page says which will pass and which will be sent back, and why
		assertThat(goodCheck).singleElement().asString().isEqualTo("沈河区10月（办公室代传）.xlsx（沈河区人民政府，2023年10月）：检查通过");
		assertThat(badCheck).singleElement()
			.asString()
			.startsWith("和平区10月（办公室代传）.xlsx（和平区人民政府，2023年10月）：有 1 个错误，汇总时会被退回（如 进展填报!H7：")
			.contains("差不多了");
		// and the files page lists the one that will pass as waiting for the run, with its unit
		assertThat(this.mvc.perform(get("/office/files").param("period", "2023-10").with(office()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("已放入 input、等待汇总的表格",
					"<td>沈河区10月（办公室代传）.xlsx</td><td>沈河区人民政府</td>");
		Files.delete(WORKSPACE.resolve("input/沈河区10月（办公室代传）.xlsx"));
		Files.delete(WORKSPACE.resolve("input/和平区10月（办公室代传）.xlsx"));
	}

	@Test
	void uploadsAreWorkbooksByContentWithCleanNamesAndCapped() throws Exception {
		// a text file named .xlsx is not a workbook
		String page = refusedBy(officeUpload("假表格.xlsx", "不是表格".getBytes()));
		assertThat(page).contains("假表格.xlsx（不是 Excel 工作簿）");
		// a workbook that is no unit's return (a sign-in sheet) is not placed: it would be sent back to nobody
		java.io.ByteArrayOutputStream signIn = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook sheet = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			sheet.createSheet("签到").createRow(0).createCell(0).setCellValue("会议签到表");
			sheet.write(signIn);
		}
		assertThat(refusedBy(officeUpload("会议签到表.xlsx", signIn.toByteArray())))
			.contains("会议签到表.xlsx（看不出是哪个单位的进展情况表：", "未放入 input）");
		assertThat(WORKSPACE.resolve("input/会议签到表.xlsx")).doesNotExist();
		// nor is the office's own ledger, which looks like a roster: taken for the newest one it stopped every run
		java.io.ByteArrayOutputStream ledger = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("汇总台账");
			sheet.createRow(0).createCell(0).setCellValue("沈阳市政务公开重点工作任务进展情况汇总台账（2023年10月）");
			org.apache.poi.ss.usermodel.Row head = sheet.createRow(2);
			String[] headers = { "序号", "任务编号", "事项名称", "主要任务", "单位名称", "单位类别", "角色" };
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			book.write(ledger);
		}
		assertThat(refusedBy(officeUpload("汇总台账（2023年10月）.xlsx", ledger.toByteArray())))
			.contains("汇总台账（2023年10月）.xlsx（看不出是哪个单位的进展情况表：这是本系统生成的汇总台账，不是进展情况表，未放入 input）");
		// a file of 0 bytes is said to be empty, not passed over as if no file was chosen
		assertThat(refusedBy(officeUpload("空表.xlsx", new byte[0]))).contains("空表.xlsx（是空文件，0 字节）");
		assertThat(this.mvc.perform(multipart("/returns").file(new MockMultipartFile("file", "空表.xlsx", null, new byte[0]))
			.with(unitA())
			.with(csrf())).andReturn().getFlashMap().get("error").toString()).startsWith("“空表.xlsx”是空文件（0 字节）");
		// a path in the name is dropped, control characters too; the content decides the extension
		byte[] workbook = Files.readAllBytes(ConsoleWorkspace.blank(WORKSPACE, ConsoleWorkspace.UNIT_B));
		officeUpload("..\\..\\data/沈河区\u0007返回.pdf", workbook);
		assertThat(WORKSPACE.resolve("input/沈河区返回.pdf.xlsx")).exists();
		assertThat(WORKSPACE.resolve("data/沈河区返回.pdf")).doesNotExist();
		// the same name again never overwrites
		byte[] another = Files.readAllBytes(ConsoleWorkspace.blank(WORKSPACE, ConsoleWorkspace.UNIT_A));
		officeUpload("沈河区返回.pdf.xlsx", another);
		assertThat(WORKSPACE.resolve("input/沈河区返回.pdf（2）.xlsx")).exists();
		// the same bytes again are not placed twice
		String again = refusedBy(officeUpload("再传一次.xlsx", workbook));
		assertThat(again).contains("再传一次.xlsx（与 input 文件夹中的“沈河区返回.pdf.xlsx”内容相同，未重复放入）");
		assertThat(WORKSPACE.resolve("input/再传一次.xlsx")).doesNotExist();
		// more than 20 MB is refused with a Chinese page
		MvcResult tooLarge = this.mvc
			.perform(multipart("/returns").file(new MockMultipartFile("file", "大.xlsx", null, new byte[21 * 1024 * 1024]))
				.with(unitA())
				.with(csrf()))
			.andReturn();
		assertThat(tooLarge.getResponse().getStatus()).isIn(302, 413);
	}

	/** Where a login from another address lands. */
	private String loginFrom(String address, String username, String password) throws Exception {
		return this.mvc
			.perform(post("/login").session(new MockHttpSession())
				.param("username", username)
				.param("password", password)
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void unitsBehindOneGatewayAreNotLockedOutByEachOthersSlips() throws Exception {
		// given a city's units reaching the server through one address: slips on one account, and more names
		// typed wrong than the address may try
		String gateway = "10.0.0.20";
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			assertThat(loginFrom(gateway, "shenhe", "slip-" + i)).isEqualTo("/login?error&name=shenhe");
		}
		// the page keeps the name typed, and says how many slips lock the account
		String again = this.mvc.perform(get("/login?error&name=shenhe")).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("value=\"shenhe\"", "连续输错 5 次要等 15 分钟才能再试");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			loginFrom(gateway, "no-such-unit-" + i, "guess");
		}

		// then another unit behind it logs in, by its user name or by any name the roster knows it by
		assertThat(loginFrom(gateway, "heping", ConsoleWorkspace.PASSWORD)).isEqualTo("/");
		assertThat(loginFrom(gateway, "沈阳市" + ConsoleWorkspace.UNIT_A, ConsoleWorkspace.PASSWORD)).isEqualTo("/");
		assertThat(loginFrom(gateway, "shenhe", ConsoleWorkspace.PASSWORD)).isEqualTo("/");
		// while names that are no account are held there
		assertThat(loginFrom(gateway, "no-such-unit-x", "guess")).startsWith("/login?locked");
	}

	@Test
	void failedLoginsAreThrottled() throws Exception {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(landingAfterLogin("shenhe", "wrong-" + i, new MockHttpSession())).startsWith("/login?");
		}
		// now even the right password waits
		assertThat(landingAfterLogin("shenhe", ConsoleWorkspace.PASSWORD, new MockHttpSession()))
			.startsWith("/login?locked");
		// and under the unit's full name too: one account, one count
		assertThat(landingAfterLogin(ConsoleWorkspace.UNIT_B, ConsoleWorkspace.PASSWORD, new MockHttpSession()))
			.startsWith("/login?locked");
		String page = this.mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("密码连续输错次数过多，请 15 分钟后再试");
		// another account is not held up
		assertThat(landingAfterLogin("heping", ConsoleWorkspace.PASSWORD, new MockHttpSession())).isEqualTo("/");
		// nor is the same account at its own desk: wrong passwords typed elsewhere do not lock its owner out
		MvcResult atItsDesk = this.mvc
			.perform(post("/login").session(new MockHttpSession())
				.param("username", "shenhe")
				.param("password", ConsoleWorkspace.PASSWORD)
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr("10.0.0.8");
					return request;
				}))
			.andReturn();
		assertThat(atItsDesk.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aReturnSentAgainBeforeTheNextRunIsPlacedOnce() throws Exception {
		// given: 沈河区's good return, sent, then sent again (the result page refreshed)
		Path file = ConsoleWorkspace.goodReturn(WORKSPACE, ConsoleWorkspace.UNIT_B,
				Files.createTempDirectory("returns").resolve("沈河区.xlsx"));
		MockMultipartFile upload = new MockMultipartFile("file", "沈河区10月.xlsx", null, Files.readAllBytes(file));

		// when
		String first = this.mvc.perform(multipart("/returns").file(upload).with(unitB()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(multipart("/returns").file(upload).with(unitB()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: one copy in input/, and the second answer says it was already sent
		assertThat(first).contains("已提交，文件“沈河区10月.xlsx”计入2023年10月，将在下次汇总（").doesNotContain("请注意");
		assertThat(second).contains("这份表格此前已经提交（文件“沈河区10月.xlsx”）", "无需重复报送");
		Path placed = WORKSPACE.resolve("input").resolve("沈河区10月.xlsx");
		try (var files = Files.list(WORKSPACE.resolve("input"))) {
			assertThat(files.filter(f -> f.getFileName().toString().startsWith("沈河区10月"))).containsExactly(placed);
		}
		// and the unit's page lists it as waiting for the run, once, until it is no longer in input/
		String home = this.mvc.perform(get("/unit").with(unitB())).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("已提交、等待汇总的表格");
		assertThat(home.split("沈河区10月\\.xlsx", -1)).hasSize(2);
		String homeA = this.mvc.perform(get("/unit").with(unitA())).andReturn().getResponse().getContentAsString();
		assertThat(homeA).doesNotContain("等待汇总的表格");
		// and the office, which would otherwise chase 沈河区 as not reported, sees that it has sent its return
		String overview = this.mvc.perform(get("/office").param("period", "2023-10").with(office()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).containsPattern(ConsoleWorkspace.UNIT_B + "(?s).{0,400}已提交（\\d+月\\d+日 \\d{2}:\\d{2}），待下次汇总计入");
		// and 和平区, whose return was sent back, is chased for a corrected one
		assertThat(overview).containsPattern(ConsoleWorkspace.UNIT_A + "(?s).{0,400}已报送但被退回，待单位修改后重报");
		// and the figure of returns sent back names their units and files
		assertThat(overview).containsPattern("待修改的退回报表：<span>" + ConsoleWorkspace.UNIT_A + "“[^”]+\\.xlsx”");
		Files.delete(placed);
		assertThat(this.mvc.perform(get("/unit").with(unitB())).andReturn().getResponse().getContentAsString())
			.doesNotContain("等待汇总的表格");
	}

	@Test
	void aLoginFromALinkToAPageLandsOnThatPage() throws Exception {
		// given: the office follows a link to the runs page, and is asked to log in
		MockHttpSession session = new MockHttpSession();
		MvcResult asked = this.mvc.perform(get("/office/runs").session(session)).andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");

		// when
		String landing = landingAfterLogin("office", ConsoleWorkspace.PASSWORD, session);

		// then: the runs page, not the overview
		assertThat(landing).contains("/office/runs");
		// and a login from the login page itself still opens the user's home
		assertThat(landingAfterLogin("heping", ConsoleWorkspace.PASSWORD, new MockHttpSession())).isEqualTo("/");
	}

	@Test
	void aUnitChangesItsPasswordAndTheOfficeResetsAForgottenOne(@Autowired Accounts accounts) throws Exception {
		// given: 苏家屯区 logged in with the password it was given, typing its full name
		accounts.add("sujiatun", "given-password-1", org.workledger.accounts.Role.UNIT, "苏家屯区人民政府");
		MockHttpSession session = new MockHttpSession();
		assertThat(landingAfterLogin("苏家屯区人民政府", "given-password-1", session)).isEqualTo("/");
		assertThat(status(get("/unit").session(session))).isEqualTo(200);

		// when it chooses its own (a wrong current password, two different new ones, then right)
		assertThat(changePassword(session, "wrong-password", "chosen-password-2", "chosen-password-2"))
			.isEqualTo("当前密码不对，密码没有修改");
		assertThat(changePassword(session, "given-password-1", "chosen-password-2", "chosen-password-3"))
			.isEqualTo("两次输入的新密码不一样，密码没有修改");
		assertThat(changePassword(session, "given-password-1", "12345678", "12345678")).startsWith("新密码太简单");
		assertThat(this.mvc
			.perform(post("/account/password").session(session)
				.param("current", "given-password-1")
				.param("chosen", "chosen-password-2")
				.param("repeated", "chosen-password-2")
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("message")).isEqualTo("密码已修改，下次登录请用新密码。");

		// then this login carries on, the old password no longer opens the account, the new one does
		assertThat(status(get("/unit").session(session))).isEqualTo(200);
		assertThat(landingAfterLogin("sujiatun", "given-password-1", new MockHttpSession())).contains("/login?error");
		assertThat(landingAfterLogin("sujiatun", "chosen-password-2", new MockHttpSession())).isEqualTo("/");

		// when it forgets it, the office gives it a new one, shown once
		assertThat(this.mvc.perform(post("/office/accounts/reset").param("username", "sujiatun").with(office()).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("为“sujiatun”（苏家屯区人民政府）重置密码", "确定重置");
		assertThat(landingAfterLogin("sujiatun", "chosen-password-2", new MockHttpSession())).isEqualTo("/");
		// (and at its desk it has tried wrong ones until its logins are held)
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			loginFrom("10.0.0.9", "sujiatun", "guess-" + i);
		}
		assertThat(loginFrom("10.0.0.9", "sujiatun", "chosen-password-2")).startsWith("/login?locked");
		String said = this.mvc
			.perform(post("/office/accounts/reset").param("username", "sujiatun").param("confirmed", "yes").with(office()).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("message")
			.toString();
		String password = said.replaceAll(".*新密码：([A-Za-z0-9]+)。.*", "$1");

		// then the unit's open login ends, and the new password opens the account
		assertThat(this.mvc.perform(get("/unit").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login?removed");
		assertThat(landingAfterLogin("sujiatun", password, new MockHttpSession())).isEqualTo("/");
		// at its desk too, at once: the reset lifts the hold its wrong guesses put on it
		assertThat(said).contains("因密码输错过多而暂停的登录也已恢复");
		assertThat(loginFrom("10.0.0.9", "sujiatun", password)).isEqualTo("/");
		// an office account is not reset from the page, and a unit cannot reset at all
		assertThat(this.mvc.perform(post("/office/accounts/reset").param("username", "office").with(office()).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("只能在这里重置单位账号的密码");
		assertThat(status(post("/office/accounts/reset").param("username", "sujiatun").with(unitA()).with(csrf())))
			.isEqualTo(403);
		String page = this.mvc.perform(get("/office/accounts").with(office())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("sujiatun", "苏家屯区人民政府", "重置密码");
		// the office first, then the units as the roster lists them
		assertThat(page.indexOf(">office<")).isLessThan(page.indexOf("和平区人民政府"));
		assertThat(page.indexOf("和平区人民政府")).isLessThan(page.indexOf("沈河区人民政府"));
		assertThat(page.indexOf("沈河区人民政府")).isLessThan(page.indexOf("苏家屯区人民政府"));
	}

	private String changePassword(MockHttpSession session, String current, String chosen, String repeated) throws Exception {
		return this.mvc
			.perform(post("/account/password").session(session)
				.param("current", current)
				.param("chosen", chosen)
				.param("repeated", repeated)
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")
			.toString();
	}

	/** What the upload page says of the files it did not take: the line, then one per file. */
	private static String refusedBy(MvcResult upload) {
		Object refused = upload.getFlashMap().get("refused");
		return upload.getFlashMap().get("error") + (refused == null ? "" : String.join("\n", (List<String>) refused));
	}

	private MvcResult officeUpload(String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/office/upload").file(new MockMultipartFile("files", name, null, content))
				.with(office())
				.with(csrf()))
			.andReturn();
	}

	/** Where the login form sends {@code username} in {@code session}. */
	private String landingAfterLogin(String username, String password, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(post("/login").session(session).param("username", username).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void pagesCarrySecurityHeadersAndErrorsAreChinesePages() throws Exception {
		MvcResult login = this.mvc.perform(get("/login")).andReturn();
		assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		String body = login.getResponse().getContentAsString();
		assertThat(body).doesNotContain("<script", "style=\"");
		MvcResult missing = this.mvc.perform(get("/office/files/nothing-here").with(office())).andReturn();
		assertThat(missing.getResponse().getStatus()).isIn(200, 302, 404);
		MvcResult error = this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500))
			.andReturn();
		assertThat(error.getResponse().getContentAsString()).contains("出错了").doesNotContain("Exception", "at org.");
	}

	private static MockMultipartFile workbook(String name) {
		return new MockMultipartFile(name.endsWith("x.xlsx") ? "files" : "file", name, null, new byte[] { 1, 2, 3 });
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor office() {
		return user("office").roles("OFFICE");
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor unitA() {
		return user("heping").roles("UNIT");
	}

	private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor unitB() {
		return user("shenhe").roles("UNIT");
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

	@SuppressWarnings("unused")
	private static MockHttpSession session() {
		return new MockHttpSession();
	}

}
