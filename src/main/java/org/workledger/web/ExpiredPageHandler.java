package org.workledger.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent from a page whose login has ended (eight hours without a page, or serve
 * restarted while the page stayed open) fails its CSRF check: the token lived in the old
 * session. That is not a matter of rights, so the person is not told "没有权限" but sent to
 * log in again with a word on why; a logged-in form with a stale token (a page opened before
 * a restart, then a new login in another tab) gets the same advice on the error page. Every
 * other refusal stays the usual 403.
 */
final class ExpiredPageHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException)) {
			this.refused.handle(request, response, denied);
			return;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			// the login form itself, left open across a restart: only the password is to be typed again
			boolean login = (request.getContextPath() + "/login").equals(request.getRequestURI());
			response.sendRedirect(request.getContextPath() + (login ? "/login?again" : "/login?expired"));
			return;
		}
		request.setAttribute(ErrorPageController.EXPIRED_PAGE, Boolean.TRUE);
		this.refused.handle(request, response, denied);
	}

}
