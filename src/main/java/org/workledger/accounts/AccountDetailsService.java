package org.workledger.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the accounts: role {@code ROLE_OFFICE} or {@code ROLE_UNIT}. */
@Service
public class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final LoginNames names;

	public AccountDetailsService(Accounts accounts, LoginNames names) {
		this.accounts = accounts;
		this.names = names;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// a unit's full name or another of its names finds its account too (the user name is the short name,
		// and people type the full one)
		Account account = this.names.account(username).orElseThrow(() -> new UsernameNotFoundException(username));
		String hash = this.accounts.passwordHash(account.username())
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new User(account.username(), hash, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
	}

}
