package org.workledger.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the workspace's {@code workledger.yml} once before Spring does, so that a slip an
 * office makes when editing it is told in one Chinese line with its line number, rather
 * than as a page of Spring's stack trace or as a setting quietly lost.
 */
public final class WorkspaceSettings {

	private static final List<String> STATUS_KEYS = List.of("done", "in-progress", "not-started", "ongoing");

	private WorkspaceSettings() {
	}

	/** @throws WorkledgerException saying what is wrong and where */
	public static void check(Path file) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		Object settings;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			settings = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			String where = mark == null ? "" : "第 " + (mark.getLine() + 1) + " 行附近";
			throw new WorkledgerException(file.getFileName() + " 格式有误（" + where + "）：请检查缩进（只用空格、不用 Tab，"
					+ "同一层对齐）以及冒号后是否有空格");
		}
		catch (YAMLException | IOException ex) {
			throw new WorkledgerException(file.getFileName() + " 无法读取：" + ex.getMessage());
		}
		Object synonyms = at(settings, "workledger", "vocabulary", "status-synonyms");
		if (synonyms instanceof Map<?, ?> byStatus) {
			for (Object key : byStatus.keySet()) {
				if (!STATUS_KEYS.contains(String.valueOf(key))) {
					throw new WorkledgerException(file.getFileName() + " 设置有误：status-synonyms 下的“" + key
							+ "”应写成 done（已完成）、in-progress（推进中）、not-started（未启动）或 ongoing（持续推进）");
				}
			}
		}
		else if (synonyms != null) {
			throw new WorkledgerException(file.getFileName() + " 设置有误：status-synonyms 下应按状态分行列出说法，"
					+ "例如 “in-progress: [按序时推进]”");
		}
	}

	private static Object at(Object tree, String... path) {
		Object node = tree;
		for (String key : path) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = map.get(key);
		}
		return node;
	}

}
