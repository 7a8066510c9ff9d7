package org.workledger.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.accounts.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless Chromium): the office sees who has not
 * reported; 和平区 uploads a return with a wrong status, reads 进展填报!H7 and the fix,
 * downloads the marked-up copy, uploads the corrected one and is accepted; the office runs
 * 「立即汇总」 and downloads the circular. Screenshots of each page go to
 * {@code target/screenshots/}. Skipped without Chromium, unless
 * {@code WORKLEDGER_REQUIRE_BROWSER=1} (as in CI) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "workledger.intake.settle-time=0s" })
class ConsoleBrowserTests {

	static final Path WORKSPACE = ConsoleWorkspace.create();

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static WebDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "1".equals(System.getenv("WORKLEDGER_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("没有找到 /usr/bin/chromium 和 /usr/bin/chromedriver（apt-get install chromium chromium-driver）");
		}
		Assumptions.assumeTrue(present, "Chromium is not installed: browser test skipped");
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1366,768", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("chromium-"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void officeAndUnitGoThroughAReportingRound(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		ConsoleWorkspace.prepare(WORKSPACE, operator, distribute, consolidate, accounts, true);

		// the office logs in: the overview names who has not reported
		login("office");
		assertThat(browser.getCurrentUrl()).endsWith("/office");
		assertThat(text("#not-reported")).isEqualTo("49");
		assertThat(text("#missing")).contains(ConsoleWorkspace.UNIT_A, ConsoleWorkspace.UNIT_B);
		screenshot("01-office-overview");
		browser.get(url("/office/files"));
		assertThat(text("#files")).contains("和平区10月.xlsx", "已退回");
		screenshot("02-office-files");
		logout();

		// 和平区 uploads a return with a status nobody can read
		login("heping");
		assertThat(browser.getCurrentUrl()).endsWith("/unit");
		screenshot("03-unit-home");
		Path bad = ConsoleWorkspace.badReturn(WORKSPACE, Files.createTempDirectory("unit-").resolve("和平区10月进展.xlsx"));
		upload(bad);
		assertThat(text("#verdict")).contains("有 1 个错误，没有报送");
		assertThat(text("#findings")).contains("进展填报!H7", "差不多了", "请从下拉列表选择：已完成、推进中、未启动、持续推进");
		screenshot("04-unit-check-rejected");
		String marked = browser.findElement(By.partialLinkText("下载标出问题的表格")).getAttribute("href");
		byte[] copy = fetch(marked);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy))) {
			assertThat(workbook.getSheet("退回说明")).isNotNull();
		}
		assertThat(WORKSPACE.resolve("input/和平区10月进展.xlsx")).doesNotExist();

		// the corrected return is accepted and goes into input/
		Path good = ConsoleWorkspace.goodReturn(WORKSPACE, ConsoleWorkspace.UNIT_A,
				Files.createTempDirectory("unit-").resolve("和平区10月进展.xlsx"));
		upload(good);
		assertThat(text("#verdict")).contains("检查通过");
		assertThat(text("#placed")).contains("已提交", "下次汇总");
		assertThat(WORKSPACE.resolve("input/和平区10月进展.xlsx")).exists();
		screenshot("05-unit-check-accepted");

		// its page lists the return as waiting for the run, and offers the blank workbook again
		browser.get(url("/unit"));
		assertThat(text("#waiting")).contains("和平区10月进展.xlsx");
		assertThat(text("#blanks")).contains(ConsoleWorkspace.UNIT_A + "-2023年10月进展情况表.xlsx");
		// and the check that failed before is still there, with its marked-up copy, after its result page was left
		assertThat(text("#checked")).contains("和平区10月进展.xlsx", "1 个");
		byte[] again = fetch(browser.findElement(By.cssSelector("#checked a")).getAttribute("href"));
		assertThat(again).isNotEmpty();
		screenshot("05b-unit-home-waiting");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('tasks').scrollIntoView()");
		screenshot("05c-unit-home-tasks");
		logout();

		// the office consolidates at once and downloads the circular
		login("office");
		browser.findElement(By.id("consolidate")).click();
		refreshUntil(page -> !page.contains("正在汇总") && page.contains("汇总完成"));
		screenshot("06-office-runs");
		browser.findElement(By.cssSelector("#runs tbody tr:first-child a")).click();
		assertThat(text("#run-files")).contains("已接收 1");
		assertThat(text("#steps")).contains("读取、检查各单位报送的表格").doesNotContain("分组");
		screenshot("06b-office-run");
		browser.get(url("/office"));
		assertThat(text("#not-reported")).isEqualTo("48");
		screenshot("07-office-overview-after");
		browser.get(url("/office/reports"));
		String circular = browser.findElement(By.partialLinkText("通报")).getAttribute("href");
		screenshot("08-office-reports");
		try (PDDocument pdf = Loader.loadPDF(fetch(circular))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("已报送 1 个");
		}

		// and hands out November's blank workbooks from the same page, the service still holding the database
		org.openqa.selenium.support.ui.Select month = new org.openqa.selenium.support.ui.Select(
				browser.findElement(By.id("distribute-period")));
		// the months read as the pages write them, whatever the browser's language
		assertThat(month.getOptions()).extracting(org.openqa.selenium.WebElement::getText).contains("2023年11月");
		month.selectByValue("2023-11");
		browser.findElement(By.id("distribute")).click();
		refreshUntil(page -> page.contains("分发完成"));
		assertThat(text("main")).contains("已为 49 个单位生成2023年11月进展情况表");
		screenshot("09-office-distributed");

		// and makes the year report there, and finds it under its heading
		browser.get(url("/office/reports?period=2023-10"));
		browser.findElement(By.id("year-report-button")).click();
		refreshUntil(page -> page.contains("已生成2023年度报告"));
		browser.get(url("/office/reports?period=2023-10"));
		org.openqa.selenium.WebElement year = browser.findElement(By.id("year-report"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", year);
		assertThat(year.getText()).contains("沈阳市2023年度政务公开重点工作任务完成情况.pdf");
		screenshot("10-office-year-report");
		try (PDDocument pdf = Loader.loadPDF(fetch(year.findElement(By.tagName("a")).getAttribute("href")))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("沈阳市2023年度政务公开重点工作任务完成情况");
		}

		// the office gives 和平区 a new password on the accounts page, shown once
		browser.get(url("/office/accounts"));
		browser.findElement(By.id("reset-heping")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("reset-confirmed")))
			.click();
		assertThat(text(".message")).contains("已重置“heping”（和平区人民政府）的密码，新密码：");
		screenshot("11-office-accounts");
		String password = text(".message").replaceAll(".*新密码：([A-Za-z0-9]+)。.*", "$1");
		logout();

		// and 和平区, on a phone, logs in with it under its full name and chooses its own
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			browser.manage().deleteAllCookies();
			browser.get(url("/login"));
			browser.findElement(By.id("username")).sendKeys(ConsoleWorkspace.UNIT_A);
			browser.findElement(By.id("password")).sendKeys(password);
			browser.findElement(By.id("login")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
			assertThat(browser.getCurrentUrl()).endsWith("/unit");
			screenshot("12-unit-home-phone");
			browser.findElement(By.cssSelector(".bar .who")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/account"));
			browser.findElement(By.id("current")).sendKeys(password);
			browser.findElement(By.id("chosen")).sendKeys("heping-own-2023");
			browser.findElement(By.id("repeated")).sendKeys("heping-own-2023");
			browser.findElement(By.id("change")).click();
			assertThat(text(".message")).isEqualTo("密码已修改，下次登录请用新密码。");
			screenshot("13-unit-password-phone");
			// and checks a return there: each problem reads down the screen, 怎样改 included, without a sideways swipe
			browser.get(url("/unit"));
			upload(ConsoleWorkspace.badReturn(WORKSPACE, Files.createTempDirectory("unit-").resolve("手机上传.xlsx")));
			assertThat(text("#verdict")).contains("有 1 个错误，没有报送");
			org.openqa.selenium.WebElement fix = browser.findElement(By.cssSelector("#findings tbody tr td:last-child"));
			assertThat(fix.getText()).contains("请从下拉列表选择");
			Long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.clientWidth;");
			assertThat(fix.getRect().getX() + fix.getRect().getWidth()).isLessThanOrEqualTo(viewport.intValue());
			screenshot("14-unit-check-phone");
			logout();
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
		}
	}

	private void login(String user) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		screenshotOnce("00-login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(ConsoleWorkspace.PASSWORD);
		browser.findElement(By.id("login")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Reloads the page until its source says {@code done}, for up to three minutes (a run's end). */
	private static void refreshUntil(java.util.function.Predicate<String> done) {
		new WebDriverWait(browser, Duration.ofSeconds(180))
			// the runs page reloads itself every 3 s while a run goes: a refresh of ours may meet one of its own
			.ignoring(WebDriverException.class)
			.until(d -> {
				d.navigate().refresh();
				return done.test(d.getPageSource());
			});
	}

	private void logout() {
		browser.findElement(By.cssSelector("form.logout button")).click();
		// the click returns before the browser has followed the redirect
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login?logout"));
	}

	private void upload(Path file) {
		WebElement form = browser.findElement(By.id("file"));
		form.sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("submit")).click();
		// the answer is a new page: wait until the one with the form is gone (Chromium says so
		// as a stale element, or, in some versions, as a node that no longer belongs to the document)
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
			try {
				form.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	/** The text of the element, once the page that a click or a form sent for has it (a few seconds at most). */
	private String text(String css) {
		return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)))
			.getText();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** A download, fetched with the browser's session (the browser itself would only save it). */
	private byte[] fetch(String href) throws Exception {
		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(href).isEqualTo(200);
		return response.body();
	}

	private static boolean loginShot;

	private void screenshotOnce(String name) {
		if (!loginShot) {
			screenshot(name);
			loginShot = true;
		}
	}

	private static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
