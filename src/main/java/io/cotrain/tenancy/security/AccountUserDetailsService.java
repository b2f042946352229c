package io.cotrain.tenancy.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Principals principals;

	AccountUserDetailsService(Principals principals) {
		this.principals = principals;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return principals.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
