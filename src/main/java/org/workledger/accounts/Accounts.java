package org.workledger.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The accounts of the web console (table {@code app_user}); passwords kept as bcrypt hashes. */
@Repository
public class Accounts {

	/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
	private static final String PASSWORD_CHARS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int MIN_PASSWORD_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	public Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PasswordEncoder encoder() {
		return this.encoder;
	}

	public static String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
		}
		return password.toString();
	}

	/** Adds an account; the reason in Chinese when it cannot be added. */
	public void add(String username, String password, Role role, String unitName) {
		String name = username == null ? "" : username.strip();
		if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(c -> Character.isISOControl(c) || c == ' ')) {
			throw new AccountException("用户名不能为空、不能含空格，且不超过 100 个字符");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountException("密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
		if (role == Role.UNIT && (unitName == null || unitName.isBlank())) {
			throw new AccountException("单位账号需要用 --unit 指定单位名称");
		}
		if (find(name).isPresent()) {
			throw new AccountException("用户名“" + name + "”已存在");
		}
		this.jdbc.sql("insert into app_user (username, password_hash, role, unit_name, created_at) values (?, ?, ?, ?, ?)")
			.params(name, this.encoder.encode(password), role.name(), role == Role.UNIT ? unitName : null,
					Timestamp.from(Instant.now()))
			.update();
	}

	public boolean remove(String username) {
		return this.jdbc.sql("delete from app_user where username = ?").param(username).update() > 0;
	}

	public Optional<Account> find(String username) {
		return this.jdbc.sql("select username, role, unit_name, created_at from app_user where username = ?")
			.param(username)
			.query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.optional();
	}

	public Optional<String> passwordHash(String username) {
		return this.jdbc.sql("select password_hash from app_user where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	public List<Account> all() {
		return this.jdbc.sql("select username, role, unit_name, created_at from app_user order by role, username")
			.query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Thrown with a message for the person who typed the command. */
	public static class AccountException extends RuntimeException {

		public AccountException(String message) {
			super(message);
		}

	}

}
