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

	/**
	 * Small letters and digits that cannot be mistaken for each other when read aloud or copied
	 * by hand: a password the office tells a unit on the phone has no capitals to say (wSGSpDCysk
	 * was hard to dictate). Fourteen of 31 characters are as strong as twelve of 55 (69 bits).
	 */
	private static final String PASSWORD_CHARS = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int PASSWORD_LENGTH = 14;

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
		for (int i = 0; i < PASSWORD_LENGTH; i++) {
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

	/**
	 * A new password chosen by the account's holder, who gives the current one; the reason in
	 * Chinese when it is not taken.
	 */
	public void changePassword(String username, String current, String chosen) {
		String hash = passwordHash(username).orElseThrow(() -> new AccountException("账号“" + username + "”已不存在"));
		if (current == null || !this.encoder.matches(current, hash)) {
			throw new AccountException("当前密码不对，密码没有修改");
		}
		if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountException("新密码至少 " + MIN_PASSWORD_LENGTH + " 个字符，密码没有修改");
		}
		if (chosen.equals(current)) {
			throw new AccountException("新密码与当前密码相同，密码没有修改");
		}
		// 12345678, 11111111, 20231031: the first passwords anyone tries
		if (chosen.chars().allMatch(Character::isDigit) || chosen.chars().distinct().count() < 4) {
			throw new AccountException("新密码太简单（只有数字，或者重复的几个字符），请混用字母和数字，密码没有修改");
		}
		setPassword(username, chosen);
	}

	/** A new generated password for an account (the office resets a unit's forgotten one); returns it. */
	public String resetPassword(String username) {
		if (find(username).isEmpty()) {
			throw new AccountException("账号“" + username + "”已不存在");
		}
		String password = generatePassword();
		setPassword(username, password);
		return password;
	}

	private void setPassword(String username, String password) {
		this.jdbc.sql("update app_user set password_hash = ? where username = ?")
			.params(this.encoder.encode(password), username)
			.update();
	}

	/**
	 * The unit account of a unit by its full name, when the unit has exactly one: people type
	 * their unit's name where the account is named by its short name.
	 */
	public Optional<Account> ofUnit(String unitName) {
		List<Account> ofUnit = this.jdbc
			.sql("select username, role, unit_name, created_at from app_user where role = 'UNIT' and unit_name = ?")
			.param(unitName)
			.query(Accounts::account)
			.list();
		return ofUnit.size() == 1 ? Optional.of(ofUnit.get(0)) : Optional.empty();
	}

	/** The account now belongs to this unit: its unit was renamed or merged into it in the roster. */
	public void moveToUnit(String username, String unitName) {
		this.jdbc.sql("update app_user set unit_name = ? where username = ? and role = 'UNIT'")
			.params(unitName, username)
			.update();
	}

	public boolean remove(String username) {
		return this.jdbc.sql("delete from app_user where username = ?").param(username).update() > 0;
	}

	public Optional<Account> find(String username) {
		return this.jdbc.sql("select username, role, unit_name, created_at from app_user where username = ?")
			.param(username)
			.query(Accounts::account)
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
			.query(Accounts::account)
			.list();
	}

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant());
	}

	/** Thrown with a message for the person who typed the command. */
	public static class AccountException extends RuntimeException {

		public AccountException(String message) {
			super(message);
		}

	}

}
