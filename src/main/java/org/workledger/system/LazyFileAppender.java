package org.workledger.system;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ch.qos.logback.core.OutputStreamAppender;

/**
 * A logback appender to a file that is created with the first line written to it, not when
 * logging starts: a process that never has anything to say leaves no file behind, and the
 * lines can be sent to another file ({@link #moveTo}) at any time. The file is opened for
 * appending, each line in one write, so that two processes can share it.
 * <p>
 * An office runs workledger for years, and {@code serve} keeps the file open for months: once
 * the file has grown past {@link #setMaxFileSize its limit} it is renamed to {@code <file>.1}
 * (the one before that is removed) and a new file begins, so the log keeps at most two files'
 * worth. Another process still writing into the renamed file goes on there until it opens the
 * file again; no line is lost.
 */
public class LazyFileAppender<E> extends OutputStreamAppender<E> {

	/** 10 MB: months of library warnings, small enough to open in Notepad and to mail. */
	static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

	private String file;

	private long maxFileSize = DEFAULT_MAX_FILE_SIZE;

	public void setFile(String file) {
		this.file = file == null ? null : file.strip();
	}

	public String getFile() {
		return this.file;
	}

	/** In bytes; the file is started afresh once it is larger. */
	public void setMaxFileSize(long maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@Override
	public void start() {
		if (this.file == null || this.file.isEmpty()) {
			addError("No file set for the appender named \"" + this.name + "\".");
			return;
		}
		setOutputStream(new OpenOnWrite(Path.of(this.file), this.maxFileSize));
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
				setOutputStream(new OpenOnWrite(Path.of(file), this.maxFileSize));
			}
		}
		finally {
			this.streamWriteLock.unlock();
		}
	}

	/** Creates the folder and the file at the first byte; starts it afresh when it has grown too large. */
	private static final class OpenOnWrite extends OutputStream {

		private final Path file;

		private final long maxFileSize;

		private OutputStream out;

		/** The file's size as far as this process knows: what it had when opened and what was written since. */
		private long size;

		OpenOnWrite(Path file, long maxFileSize) {
			this.file = file;
			this.maxFileSize = maxFileSize;
		}

		private OutputStream out() throws IOException {
			if (this.out != null && this.size > this.maxFileSize) {
				this.out.close();
				this.out = null;
			}
			if (this.out == null) {
				Path folder = this.file.toAbsolutePath().getParent();
				if (folder != null) {
					Files.createDirectories(folder);
				}
				this.size = Files.exists(this.file) ? Files.size(this.file) : 0;
				if (this.size > this.maxFileSize) {
					Files.move(this.file, this.file.resolveSibling(this.file.getFileName() + ".1"),
							StandardCopyOption.REPLACE_EXISTING);
					this.size = 0;
				}
				this.out = new FileOutputStream(this.file.toFile(), true);
			}
			return this.out;
		}

		@Override
		public void write(int b) throws IOException {
			out().write(b);
			this.size++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out().write(bytes, offset, length);
			this.size += length;
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
