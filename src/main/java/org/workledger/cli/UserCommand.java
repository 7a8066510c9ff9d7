package org.workledger.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.accounts.Account;
import org.workledger.accounts.Accounts;
import org.workledger.accounts.Role;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;
import org.workledger.system.Workspace;
import org.workledger.workbook.Labels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code user add|list|remove|add-units}: the accounts of the web console. */
@Command(name = "user", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "管理工作台（serve）的账号：办公室账号和单位账号。",
		subcommands = { UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Remove.class,
				UserCommand.AddUnits.class })
class UserCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "请指定 add、list、remove 或 add-units");
	}

	/** Runs {@code work} with the workspace's accounts and roster; the command's exit code. */
	static int withAccounts(CommandLine.Model.CommandSpec spec, WorkspaceOptions options, List<String> springArguments,
			Work work) {
		SpringContexts.checkPropertyArguments(spec, springArguments);
		Workspace workspace = options.existing(spec, false);
		try (ConfigurableApplicationContext context = SpringContexts.start(workspace, springArguments)) {
			return work.run(context.getBean(Accounts.class), context.getBean(ReferenceDataRepository.class), workspace,
					java.time.ZoneId.of(context.getBean(org.workledger.schedule.ScheduleProperties.class).zone()), context);
		}
		catch (Accounts.AccountException ex) {
			spec.commandLine().getErr().println("失败：" + ex.getMessage());
			return 1;
		}
	}

	interface Work {

		/**
		 * @param officeZone the office's clock (workledger.schedule.zone), for dating what is written
		 * @param context for what else a command needs (add-units looks for a roster not yet taken in)
		 */
		int run(Accounts accounts, ReferenceDataRepository reference, Workspace workspace, java.time.ZoneId officeZone,
				ConfigurableApplicationContext context);

	}

	@Command(name = "add", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
			description = { "新建账号。",
					"密码从标准输入读取一行（例如 echo 密码 | bin/workledger user add ...）；标准输入为空或加 --generate 时自动生成密码并只显示这一次。" })
	static class Add implements Callable<Integer> {

		@Mixin
		WorkspaceOptions options;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "用户名（登录时输入）")
		String name;

		@Option(names = "--role", required = true, paramLabel = "office|unit", description = "office：办公室；unit：单位")
		String role;

		@Option(names = "--unit", paramLabel = "单位名称", description = "单位账号所属的单位（单位名册中的名称）")
		String unit;

		@Option(names = "--generate", description = "自动生成密码")
		boolean generate;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			Role parsed;
			try {
				parsed = Role.parse(this.role);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			String password = this.generate ? null : readPassword();
			boolean generated = password == null || password.isEmpty();
			String chosen = generated ? Accounts.generatePassword() : password;
			return withAccounts(this.spec, this.options, this.springArguments, (accounts, reference, workspace, officeZone, context) -> {
				String unitName = parsed == Role.UNIT ? unitOf(reference, this.unit) : null;
				accounts.add(this.name, chosen, parsed, unitName);
				PrintWriter out = this.spec.commandLine().getOut();
				out.println("已新建" + parsed.label() + "账号：" + this.name.strip()
						+ (unitName == null ? "" : "（" + unitName + "）"));
				if (generated) {
					out.println("初始密码：" + chosen + "（只显示这一次，请转交本人）");
				}
				out.flush();
				return 0;
			});
		}

		private static String readPassword() throws IOException {
			if (System.console() != null) {
				char[] typed = System.console().readPassword("请输入密码（直接回车则自动生成）：");
				return typed == null ? null : new String(typed);
			}
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			String line = in.readLine();
			return line == null ? null : line.strip();
		}

	}

	/** The roster's unit for what was typed: the full name or any form the roster resolves to exactly one unit. */
	static String unitOf(ReferenceDataRepository reference, String typed) {
		if (typed == null || typed.isBlank()) {
			throw new Accounts.AccountException("单位账号需要用 --unit 指定单位名称");
		}
		List<Unit> units = reference.units();
		if (units.isEmpty()) {
			throw new Accounts.AccountException("该工作目录还没有导入单位名册：请先运行一次 distribute 或 consolidate");
		}
		Optional<Unit> unit = Roster.of(units).match(typed.strip()).resolved();
		return unit.map(Unit::name)
			.orElseThrow(() -> new Accounts.AccountException("单位名册中没有“" + typed.strip() + "”，请写单位全称"
					+ "（这里用的是最近一次分发或汇总时的名册；新名册中的单位，请在分发本月表格后再建账号）"));
	}

	@Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
			description = "列出所有账号。")
	static class ListAccounts implements Callable<Integer> {

		@Mixin
		WorkspaceOptions options;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() {
			return withAccounts(this.spec, this.options, this.springArguments, (accounts, reference, workspace, officeZone, context) -> {
				PrintWriter out = this.spec.commandLine().getOut();
				List<Account> all = accounts.all();
				if (all.isEmpty()) {
					out.println("还没有账号。新建办公室账号：user add --name 用户名 --role office");
				}
				for (Account a : all) {
					out.println(a.role().label() + "  " + a.username() + (a.unitName() == null ? "" : "  " + a.unitName()));
				}
				out.flush();
				return 0;
			});
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
			description = "删除账号。")
	static class Remove implements Callable<Integer> {

		@Mixin
		WorkspaceOptions options;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "要删除的用户名")
		String name;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() {
			return withAccounts(this.spec, this.options, this.springArguments, (accounts, reference, workspace, officeZone, context) -> {
				if (!accounts.remove(this.name)) {
					throw new Accounts.AccountException("没有用户名为“" + this.name + "”的账号");
				}
				this.spec.commandLine().getOut().println("已删除账号：" + this.name);
				this.spec.commandLine().getOut().flush();
				return 0;
			});
		}

	}

	@Command(name = "add-units", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
			description = { "为单位名册中还没有账号的每个单位新建单位账号。",
					"用户名为单位简称，没有简称时为全称；初始密码自动生成，写入 output/账号/单位账号（日期）.xlsx，请分发给各单位后妥善保管或删除该文件。" })
	static class AddUnits implements Callable<Integer> {

		@Mixin
		WorkspaceOptions options;

		@Unmatched
		List<String> springArguments = new ArrayList<>();

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public Integer call() {
			return withAccounts(this.spec, this.options, this.springArguments, (accounts, reference, workspace, officeZone, context) -> {
				List<Unit> units = reference.units();
				if (units.isEmpty()) {
					throw new Accounts.AccountException("该工作目录还没有导入单位名册：请先运行一次 distribute 或 consolidate");
				}
				PrintWriter out = this.spec.commandLine().getOut();
				rosterNotYetTakenIn(workspace, context).ifPresent(name -> out.println("注意：input 中的单位名册“" + name
						+ "”还没有用过（名册在分发或汇总时才生效），以下按最近一次分发或汇总时的名册。"
						+ "如它是新的名册，请先分发本月表格，再运行本命令，账号才会随单位更名、合并调整。"));
				followRenames(accounts, units, out);
				List<String> taken = accounts.all().stream().filter(a -> a.unitName() != null).map(Account::unitName).toList();
				List<String[]> created = new ArrayList<>();
				for (Unit unit : units) {
					if (taken.contains(unit.name())) {
						continue;
					}
					String username = accounts.find(unit.shortName()).isEmpty() ? unit.shortName() : unit.name();
					String password = Accounts.generatePassword();
					accounts.add(username, password, Role.UNIT, unit.name());
					created.add(new String[] { unit.name(), username, password });
				}
				if (created.isEmpty()) {
					out.println("名册中的每个单位都已有账号，没有新建。");
					out.flush();
					return 0;
				}
				Path file = write(workspace, created, officeZone);
				int kept = units.size() - created.size();
				out.println("已新建 " + created.size() + " 个单位账号，用户名和初始密码见：" + file
						+ (kept > 0 ? "；另有 " + kept + " 个单位已有账号，未变动（密码不变）" : ""));
				out.flush();
				return 0;
			});
		}

		/**
		 * A roster in input/ that no run has taken in yet: the accounts follow the roster of the
		 * last run, and IT put a reorganised roster in and ran this command first.
		 */
		private static Optional<String> rosterNotYetTakenIn(Workspace workspace, ConfigurableApplicationContext context) {
			org.workledger.intake.InputFolder input = new org.workledger.intake.InputFolder(workspace.input());
			if (!input.exists()) {
				return Optional.empty();
			}
			org.workledger.reference.ReferenceVersions versions = context
				.getBean(org.workledger.reference.ReferenceVersions.class);
			org.workledger.returns.SubmissionRepository submissions = context
				.getBean(org.workledger.returns.SubmissionRepository.class);
			org.workledger.workbook.WorkbookOpener opener = context.getBean(org.workledger.workbook.WorkbookOpener.class);
			// returns made from the distributed forms are told by their sheet names alone; the rest are hashed and
			// looked up together, as the intake does, not one query each
			Map<Path, String> candidates = new java.util.LinkedHashMap<>();
			for (Path file : input.files()) {
				if (!org.workledger.intake.QuickLook.isTemplateReturn(file)) {
					candidates.put(file, org.workledger.intake.Sha256.of(file));
				}
			}
			Map<String, String> known = submissions.knownFileNames(candidates.values());
			for (Map.Entry<Path, String> candidate : candidates.entrySet()) {
				Path file = candidate.getKey();
				String sha = candidate.getValue();
				if (known.containsKey(sha)
						|| versions.bySha(org.workledger.reference.ReferenceVersion.ROSTER, sha).isPresent()) {
					continue;
				}
				try {
					if (org.workledger.roster.RosterReader.rosterSheet(opener.grid(file)).isPresent()) {
						return Optional.of(input.displayName(file));
					}
				}
				catch (org.workledger.workbook.UnreadableWorkbookException | RuntimeException ex) {
					// not a roster this command can tell; the next run says what it is
				}
			}
			return Optional.empty();
		}

		/**
		 * Accounts of units the roster no longer has: those of a unit renamed or merged (its name
		 * is a 曾用名 of a unit now) move to that unit, login and password unchanged; the others
		 * are named, for the office to remove. Before, a renamed unit's staff logged in to the
		 * old unit's page and its new name got a second account.
		 */
		private static void followRenames(Accounts accounts, List<Unit> units, PrintWriter out) {
			Set<String> names = new HashSet<>();
			Map<String, Unit> byFormerName = new HashMap<>();
			for (Unit unit : units) {
				names.add(unit.name());
				unit.formerNames().forEach(former -> byFormerName.put(Labels.normalize(former), unit));
			}
			List<String> gone = new ArrayList<>();
			for (Account a : accounts.all()) {
				if (a.role() != Role.UNIT || a.unitName() == null || names.contains(a.unitName())) {
					continue;
				}
				Unit successor = byFormerName.get(Labels.normalize(a.unitName()));
				if (successor == null) {
					gone.add(a.username() + "（" + a.unitName() + "）");
					continue;
				}
				accounts.moveToUnit(a.username(), successor.name());
				out.println("账号 " + a.username() + " 改属“" + successor.name() + "”（名册中“" + a.unitName()
						+ "”是它的曾用名），用户名和密码不变。");
			}
			if (!gone.isEmpty()) {
				out.println("以下账号的单位已不在单位名册中：" + String.join("、", gone)
						+ "。如单位已撤销，可用 user remove --name 用户名 删除；如是更名，请在名册中把原名称填在新名称的“曾用名”列后再运行本命令。");
			}
		}

		private static Path write(Workspace workspace, List<String[]> created, java.time.ZoneId officeZone) {
			Path folder = workspace.createDirectories(workspace.accountsOutput());
			// dated on the office's calendar, as the pages date things, not the server's
			LocalDate today = LocalDate.now(officeZone);
			Path file = folder.resolve("单位账号（" + today + "）.xlsx");
			for (int i = 2; Files.exists(file); i++) {
				file = folder.resolve("单位账号（" + today + "）-" + i + ".xlsx");
			}
			try {
				// initial passwords: the owner and its group (the office's staff), not every user of the server
				org.workledger.system.RestrictedFiles.create(file, "rw-r-----");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("无法写出 " + file, ex);
			}
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
				Sheet sheet = workbook.createSheet("单位账号");
				String[] headers = { "单位", "用户名", "初始密码" };
				Row head = sheet.createRow(0);
				for (int c = 0; c < headers.length; c++) {
					head.createCell(c).setCellValue(headers[c]);
				}
				int r = 1;
				for (String[] line : created) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < line.length; c++) {
						row.createCell(c).setCellValue(line[c]);
					}
				}
				sheet.setColumnWidth(0, 40 * 256);
				sheet.setColumnWidth(1, 24 * 256);
				sheet.setColumnWidth(2, 18 * 256);
				workbook.write(out);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("无法写出 " + file, ex);
			}
			return file;
		}

	}

}
