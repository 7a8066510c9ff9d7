package org.workledger.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one account
 * from one address within {@link #WINDOW}, that account's logins from there are refused for
 * the rest of the window, whatever the password, and the page says how long to wait; after
 * {@link #MAX_FAILURES_PER_ADDRESS} names that are no account from one address (names made
 * up in turn), so are that address's logins under names that are no account. The name is
 * counted per address: counted alone, anyone could lock the office's account out of its own
 * desk by typing wrong passwords for it from elsewhere. The address does not hold the
 * accounts: the units of a city reach the server through one 政务外网 gateway, and on the
 * last day twenty typing slips among forty-nine units had locked every one of them out,
 * the office too. The name is the account's: a unit logs in by its short name or its full
 * name, and the two were counted apart, which gave a guesser five more tries under the other.
 */
@Component
@ConditionalOnWebApplication
class LoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

	static final int MAX_FAILURES = 5;

	/** Names that are no account, from one address: someone trying names rather than passwords. */
	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private record Failures(int count, Instant since) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	private final org.workledger.accounts.LoginNames names;

	LoginThrottle(org.workledger.accounts.LoginNames names) {
		this.names = names;
	}

	/** Past this many names and addresses counted, the expired ones are let go (made-up names add up). */
	static final int KEPT = 10_000;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (blocked(request, account(request))) {
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		Optional<String> account = account(request);
		count(userKey(account.orElse(typed(request)), request.getRemoteAddr()));
		if (account.isEmpty()) {
			count(addressKey(request));
		}
		// the name typed comes back in its field: a unit that mistyped its password had to type its name again as well
		String typed = typed(request);
		String name = typed.isEmpty() || typed.length() > 60 ? ""
				: "&name=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8);
		response.sendRedirect(request.getContextPath() + (blocked(request, account) ? "/login?locked" : "/login?error") + name);
	}

	/**
	 * An account held after wrong passwords for it, or a name that is no account from an address trying names.
	 * @param account the account the typed name stands for, looked up once per request (a name that is no
	 * account reads the roster)
	 */
	private boolean blocked(HttpServletRequest request, Optional<String> account) {
		return blocked(userKey(account.orElse(typed(request)), request.getRemoteAddr()))
				|| (account.isEmpty() && blocked(addressKey(request)));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.failures.remove(userKey(event.getAuthentication().getName(), details.getRemoteAddress()));
		}
	}

	/**
	 * Lets the account log in again at once, from any address: the office has just given it a
	 * new password (a unit locked out by its own wrong guesses asks for one). An address that
	 * tried too many names stays held.
	 */
	void forgive(String username) {
		this.failures.keySet().removeIf(key -> key.startsWith("user:" + username.strip() + "@"));
	}

	private void count(String key) {
		Instant now = this.clock.instant();
		if (this.failures.size() >= KEPT) {
			this.failures.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
		}
		this.failures.compute(key, (k, f) -> f == null || f.since().plus(WINDOW).isBefore(now) ? new Failures(1, now)
				: new Failures(f.count() + 1, f.since()));
	}

	boolean blocked(String key) {
		Failures f = this.failures.get(key);
		if (f == null) {
			return false;
		}
		if (f.since().plus(WINDOW).isBefore(this.clock.instant())) {
			this.failures.remove(key, f);
			return false;
		}
		return f.count() >= (key.startsWith("address:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES);
	}

	private static String typed(HttpServletRequest request) {
		return request.getParameter("username") == null ? "" : request.getParameter("username").strip();
	}

	private Optional<String> account(HttpServletRequest request) {
		return this.names.account(typed(request)).map(org.workledger.accounts.Account::username);
	}

	private static String userKey(String name, String address) {
		return "user:" + (name == null ? "" : name.strip()) + "@" + address;
	}

	private static String addressKey(HttpServletRequest request) {
		return "address:" + request.getRemoteAddr();
	}

}
