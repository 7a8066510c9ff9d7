package org.workledger.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of Spring's own settings, from the configuration metadata its jars carry, to tell
 * a misspelt one in the workspace's {@code workledger.yml}: Spring ignores a key it does not
 * know, and {@code server.forward-headers-stategy} behind nginx had the login throttle see
 * every user as 127.0.0.1. Only the parts the README asks IT staff to write are looked at
 * (the database, the mail server, the web server).
 */
final class SpringSettingNames {

	private static final List<String> CHECKED = List.of("spring.datasource", "spring.mail", "server");

	private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");

	private static volatile Set<String> known;

	private SpringSettingNames() {
	}

	/** Each key of {@code settings} under the checked parts that Spring has no setting for, with a likely one. */
	static List<String> unknown(Object settings) {
		List<String> paths = new ArrayList<>();
		flatten("", settings, paths);
		List<String> unknown = new ArrayList<>();
		for (String path : paths) {
			if (CHECKED.stream().noneMatch(part -> path.equals(part) || path.startsWith(part + "."))) {
				continue;
			}
			Set<String> names = names();
			if (names.isEmpty()) {
				return List.of();
			}
			boolean isKnown = names.contains(path) || names.stream().anyMatch(n -> path.startsWith(n + "."));
			if (!isKnown) {
				unknown.add(path + likely(path, names).map(n -> "（是不是 " + n + "？）").orElse(""));
			}
		}
		return unknown;
	}

	/** The leaves of the settings tree as dotted names, Spring's way (kebab case, lower case). */
	private static void flatten(String prefix, Object node, List<String> paths) {
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				String key = String.valueOf(e.getKey()).replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-')
					.toLowerCase(Locale.ROOT);
				flatten(prefix.isEmpty() ? key : prefix + "." + key, e.getValue(), paths);
			}
		}
		else if (!prefix.isEmpty()) {
			paths.add(prefix);
		}
	}

	/** The setting of the same parent nearest in spelling, if near enough to be a slip. */
	private static Optional<String> likely(String path, Set<String> names) {
		String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
		String last = path.substring(path.lastIndexOf('.') + 1);
		String best = null;
		int distance = 4;
		for (String name : names) {
			if (name.startsWith(parent + ".") && name.indexOf('.', parent.length() + 1) < 0) {
				int d = Spelling.distance(last, name.substring(parent.length() + 1));
				if (d < distance) {
					distance = d;
					best = name;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The properties (not the groups) of every metadata file on the class path, read once. */
	private static Set<String> names() {
		Set<String> names = known;
		if (names != null) {
			return names;
		}
		names = new HashSet<>();
		try {
			Enumeration<URL> files = SpringSettingNames.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json");
			while (files.hasMoreElements()) {
				try (InputStream in = files.nextElement().openStream()) {
					String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int start = json.indexOf("\"properties\"");
					int end = json.indexOf("\"hints\"", Math.max(start, 0));
					if (start < 0) {
						continue;
					}
					Matcher name = NAME.matcher(json.substring(start, end < 0 ? json.length() : end));
					while (name.find()) {
						names.add(name.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			// nothing to compare with: nothing is said
			names.clear();
		}
		known = names;
		return names;
	}

}
