package org.workledger.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.workledger.accounts.Accounts;

/**
 * Who may see what: the login page and the style sheet for everyone, {@code /office/**} for
 * the office, {@code /unit/**} and {@code POST /returns} for units; CSRF on every form;
 * a Content-Security-Policy that allows no inline script and nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder(Accounts accounts) {
		return accounts.encoder();
	}

	/** The throttle runs inside the security chain only, not a second time as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, Accounts accounts) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/office/**")
			.hasRole("OFFICE")
			.requestMatchers("/unit/**", "/returns/**")
			.hasRole("UNIT")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").failureHandler(throttle).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredPageHandler()))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			// not a bean: a filter bean would also run as a servlet filter of its own, outside the chain
			.addFilterBefore(new RemovedAccountFilter(accounts), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
