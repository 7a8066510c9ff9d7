package org.workledger.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workledger.accounts.Account;
import org.workledger.accounts.Accounts;
import org.workledger.accounts.Role;

/**
 * Passwords without the command line: every account changes its own (units were left with
 * the generated one handed out in a workbook), and the office gives a unit that forgot its
 * password a new one, as the login page tells units to ask it to.
 */
@Controller
@ConditionalOnWebApplication
class AccountController {

	private final Accounts accounts;

	private final org.workledger.reference.ReferenceDataRepository reference;

	private final LoginThrottle throttle;

	AccountController(Accounts accounts, org.workledger.reference.ReferenceDataRepository reference,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.reference = reference;
		this.throttle = throttle;
	}

	@GetMapping("/account")
	String account(Authentication who, Model model) {
		model.addAttribute("account", this.accounts.find(who.getName()).orElseThrow());
		return "account";
	}

	@PostMapping("/account/password")
	String change(@RequestParam String current, @RequestParam String chosen, @RequestParam String repeated,
			Authentication who, HttpServletRequest request, RedirectAttributes flash) {
		if (!chosen.equals(repeated)) {
			flash.addFlashAttribute("error", "两次输入的新密码不一样，密码没有修改");
			return "redirect:/account";
		}
		try {
			this.accounts.changePassword(who.getName(), current, chosen);
		}
		catch (Accounts.AccountException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/account";
		}
		// this login carries on under the new password; the account's other logins end (RemovedAccountFilter)
		request.getSession().setAttribute(RemovedAccountFilter.ACCOUNT, this.accounts.passwordHash(who.getName()).orElseThrow());
		flash.addFlashAttribute("message", "密码已修改，下次登录请用新密码。");
		return "redirect:/account";
	}

	@GetMapping("/office/accounts")
	String accounts(Model model) {
		// the office's accounts first, then the units in the roster's order, as every other list of units is
		java.util.Map<String, Integer> order = new java.util.HashMap<>();
		java.util.List<org.workledger.roster.Unit> units = this.reference.units();
		for (int i = 0; i < units.size(); i++) {
			order.put(units.get(i).name(), i);
		}
		model.addAttribute("accounts", this.accounts.all()
			.stream()
			.sorted(java.util.Comparator.comparing(org.workledger.accounts.Account::role)
				.thenComparingInt(a -> a.unitName() == null ? -1 : order.getOrDefault(a.unitName(), units.size()))
				.thenComparing(org.workledger.accounts.Account::username))
			.toList());
		return "office/accounts";
	}

	@PostMapping("/office/accounts/reset")
	String reset(@RequestParam String username, @RequestParam(required = false) String confirmed, Authentication who,
			RedirectAttributes flash, Model model) {
		Account account = this.accounts.find(username).orElse(null);
		if (account == null || account.role() != Role.UNIT) {
			// office accounts are reset on the server (user remove, user add), by IT staff
			flash.addFlashAttribute("error", "只能在这里重置单位账号的密码");
			return "redirect:/office/accounts";
		}
		if (confirmed == null) {
			// one of 49 like buttons: a slip would log another unit out and change its password unasked
			model.addAttribute("account", account);
			return "office/confirm-reset";
		}
		String password = this.accounts.resetPassword(username);
		// a unit locked out after wrong guesses calls the office, which resets its password: it can log in at once
		this.throttle.forgive(account.username());
		flash.addFlashAttribute("message", "已重置“" + account.username() + "”（" + account.unitName() + "）的密码，新密码："
				+ password + "。新密码只显示这一次，请告知该单位（因密码输错过多而暂停的登录也已恢复，可立即登录）；"
				+ "该单位正在使用的登录已退出，登录后点页面右上角的用户名即可改成自己的密码。");
		return "redirect:/office/accounts";
	}

}
