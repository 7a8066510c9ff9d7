package org.workledger.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent as a download, its Chinese name kept (RFC 5987), its type from its extension. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> of(Path file) {
		if (file == null || !Files.isRegularFile(file)) {
			throw new Missing();
		}
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		MediaType type = lower.endsWith(".pdf") ? MediaType.APPLICATION_PDF
				: lower.endsWith(".xlsx") || lower.endsWith(".xlsm")
						? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
						: lower.endsWith(".xls") ? MediaType.parseMediaType("application/vnd.ms-excel")
								: lower.endsWith(".log") || lower.endsWith(".txt")
										? new MediaType("text", "plain", StandardCharsets.UTF_8)
										: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

	/** A download that is not there (or not the asker's): the Chinese 404 page, not the browser's own. */
	static final class Missing extends RuntimeException {

		Missing() {
			super("no such download", null, false, false);
		}

	}

}
