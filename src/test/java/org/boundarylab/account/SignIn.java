package org.boundarylab.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Service tests act as a user: the security context a signed-in request would carry. */
public final class SignIn {

    private SignIn() {}

    public static void as(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }
}
