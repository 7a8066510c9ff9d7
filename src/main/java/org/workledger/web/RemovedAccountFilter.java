package org.workledger.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workledger.accounts.Accounts;

/**
 * An account removed with {@code user remove} is logged out at its next request. A login
 * lives in its session for eight hours: without this a removed unit kept its pages until
 * then, and every page of a removed unit's session failed with an error page because its
 * unit could no longer be found. The session remembers which account it logged in as (its
 * password hash, new with every {@code user add}), so an account removed and added again
 * under the same name, as the README's password reset does, or for another unit, does not
 * let the old login carry on.
 */
class RemovedAccountFilter extends OncePerRequestFilter {

	/** The session's note of the account it logged in as. */
	static final String ACCOUNT = RemovedAccountFilter.class.getName() + ".account";

	private final Accounts accounts;

	RemovedAccountFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		if (login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)
				&& !stillTheSameAccount(login.getName(), request)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?removed");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillTheSameAccount(String username, HttpServletRequest request) {
		String current = this.accounts.passwordHash(username).orElse(null);
		if (current == null) {
			return false;
		}
		HttpSession session = request.getSession();
		Object loggedInAs = session.getAttribute(ACCOUNT);
		if (loggedInAs == null) {
			// the first page after the login
			session.setAttribute(ACCOUNT, current);
			return true;
		}
		return loggedInAs.equals(current);
	}

}
