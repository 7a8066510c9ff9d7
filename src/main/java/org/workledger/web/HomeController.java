package org.workledger.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page of each kind of account. */
@Controller
@ConditionalOnWebApplication
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		boolean office = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICE"));
		return office ? "redirect:/office" : "redirect:/unit";
	}

}
