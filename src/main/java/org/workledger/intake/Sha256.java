package org.workledger.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes: the same file dropped twice is the same file, whatever it is called. */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = digest();
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	public static String of(String text) {
		return of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
