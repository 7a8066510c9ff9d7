package org.workledger.system;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.core.OutputStreamAppender;

/**
 * A logback appender to a file that is created with the first line written to it, not when
 * logging starts: a process that never has anything to say leaves no file behind, and the
 * lines can be sent to another file ({@link #moveTo}) at any time. The file is opened for
 * appending, each line in one write, so that two processes can share it.
 */
public class LazyFileAppender<E> extends OutputStreamAppender<E> {

	private String file;

	public void setFile(String file) {
		this.file = file == null ? null : file.strip();
	}

	public String getFile() {
		return this.file;
	}

	@Override
	public void start() {
		if (this.file == null || this.file.isEmpty()) {
			addError("No file set for the appender named \"" + this.name + "\".");
			return;
		}
		setOutputStream(new OpenOnWrite(Path.of(this.file)));
		super.start();
	}

	/** Lines from now on go to {@code file}; the one written so far is closed. */
	public void moveTo(String file) {
		this.streamWriteLock.lock();
		try {
			if (file.equals(this.file)) {
				return;
			}
			setFile(file);
			if (isStarted()) {
				setOutputStream(new OpenOnWrite(Path.of(file)));
			}
		}
		finally {
			this.streamWriteLock.unlock();
		}
	}

	/** Creates the folder and the file at the first byte. */
	private static final class OpenOnWrite extends OutputStream {

		private final Path file;

		private OutputStream out;

		OpenOnWrite(Path file) {
			this.file = file;
		}

		private OutputStream out() throws IOException {
			if (this.out == null) {
				Path folder = this.file.toAbsolutePath().getParent();
				if (folder != null) {
					Files.createDirectories(folder);
				}
				this.out = new FileOutputStream(this.file.toFile(), true);
			}
			return this.out;
		}

		@Override
		public void write(int b) throws IOException {
			out().write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out().write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (this.out != null) {
				this.out.flush();
			}
		}

		@Override
		public void close() throws IOException {
			if (this.out != null) {
				this.out.close();
			}
		}

	}

}
