package org.workledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.findings.Finding;
import org.workledger.returns.ReturnChecker;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code check FILE…}: checks returned workbooks at once with the rules of a consolidate
 * run, stores nothing and leaves {@code input/} alone. Exit 0 when no file has an error, 3
 * when one has.
 */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "立即检查单位报来的进展情况表（与汇总时的检查完全相同），列出每个问题的位置、内容和修改方法；不保存、不汇总。全部没有错误时退出码为 0，有错误时为 3。")
class CheckCommand implements Callable<Integer> {

	static final int ERRORS_FOUND = 3;

	@Mixin
	WorkspaceOptions options;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要检查的表格文件（.xlsx 或 .xls），可以写多个")
	List<Path> files;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "把有问题的表格的问题清单和批注版写入这个文件夹（不写则只在屏幕上列出）")
	Path output;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		for (Path file : this.files) {
			if (!Files.isRegularFile(file)) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), "找不到文件：" + file);
			}
		}
		Workspace workspace = this.options.existing(this.spec, false);
		PrintWriter out = this.spec.commandLine().getOut();
		if (!org.workledger.system.WorkspaceSettings.hasDatabase(workspace, this.springArguments)) {
			// run from the program's own folder without --workspace, the "workspace" is that folder: say which one was used
			this.spec.commandLine().getErr().println("工作目录 " + workspace.root() + " 中还没有任务分解表和单位名册的记录。"
					+ "如果工作目录不是这里，请用 --workspace 指定（例如 --workspace "
					+ (java.io.File.separatorChar == '\\' ? "D:\\政务公开" : "/srv/workledger") + "）；"
					+ "如果是这里，请先运行一次 distribute 或 consolidate，再检查表格");
			return 1;
		}
		boolean errors = false;
		try (WorkspaceLock lock = WorkspaceLock.forReading(workspace);
				ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			ReturnChecker checker = context.getBean(ReturnChecker.class);
			if (!checker.ready()) {
				this.spec.commandLine().getErr().println("该工作目录还没有导入任务分解表和单位名册：请先运行一次 distribute 或 consolidate");
				return 1;
			}
			List<ReturnChecker.Result> results = checker.checkAll(this.files, workspace);
			for (int i = 0; i < results.size(); i++) {
				Path file = this.files.get(i);
				ReturnChecker.Result result = results.get(i);
				errors |= !result.accepted();
				print(out, result);
				if (this.output != null && !result.findings().isEmpty()) {
					for (Path written : checker.writeMarkedUp(result, file, this.output)) {
						out.println("  已写出：" + written);
					}
				}
			}
		}
		out.flush();
		return errors ? ERRORS_FOUND : 0;
	}

	static void print(PrintWriter out, ReturnChecker.Result result) {
		StringBuilder head = new StringBuilder("检查：").append(result.fileName());
		if (!result.unitName().isEmpty() || result.period() != null) {
			head.append("（").append(result.unitName());
			if (result.period() != null) {
				head.append(result.unitName().isEmpty() ? "" : "，").append(result.period().label());
			}
			head.append("）");
		}
		out.println(head);
		if (result.accepted()) {
			out.println(result.warnings() == 0 ? "  结果：没有问题，可以报送。"
					: "  结果：没有错误，可以报送；另有 " + result.warnings() + " 条提示，请留意。");
		}
		else if (result.referenceTable()) {
			out.println("  结果：" + result.findings().get(0).message()
					+ "。放在 input 文件夹中时，汇总把它当作基础数据表使用，不会退回。");
			return;
		}
		else {
			out.println("  结果：有 " + result.errors() + " 个错误，汇总时会被退回。请按下列说明修改后再报送。");
		}
		// errors first: they are what stops the return
		for (Finding f : org.workledger.findings.Findings.errorsFirst(result.findings())) {
			StringBuilder line = new StringBuilder("  [").append(f.severity().label()).append("] ");
			String where = f.location().sheetCell();
			String task = f.taskIn(result.taskOfRow());
			line.append(where.isEmpty() ? "整个文件" : where).append(task.isEmpty() ? "" : "（任务 " + task + "）")
				.append("：")
				.append(f.message());
			if (!f.value().isEmpty() && !f.message().contains(f.value())) {
				String value = f.value().length() > 30 ? f.value().substring(0, 30) + "…" : f.value();
				line.append("（填写的是“").append(value).append("”）");
			}
			if (!f.fix().isEmpty()) {
				line.append("。处理建议：").append(f.fix());
			}
			out.println(line);
		}
	}

}
