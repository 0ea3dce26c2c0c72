package org.boundarylab.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.boundarylab.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts whose holder signs in somewhere else (an LMS through LTI): created without a password
 * anyone knows, and signed into the HTTP session by the feature that checked who they are. The
 * caller links the account to the outside identity; nothing here matches people by name or e-mail.
 */
@Service
public class ExternalAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AccountService accounts;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ExternalAccounts(
            UserAccountRepository users,
            PasswordEncoder encoder,
            AccountService accounts,
            SignedInSessions sessions,
            AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * A new account for someone known only by an outside identity: the username is {@code prefix}
     * with a number added when taken; the password is random and never shown (they cannot sign in
     * with a form, only through the outside system). Only trainees and supervisors.
     */
    @Transactional
    public UserSummary create(String prefix, String displayName, Role role, String origin) {
        if (role == Role.ADMIN) {
            throw new IllegalArgumentException("an outside identity never becomes an administrator");
        }
        String base = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String name = base;
        for (int n = 2; users.findByUsername(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        // control and direction-override characters could disguise the name on every screen it appears on
        String clean = displayName == null
                ? ""
                : displayName.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        String shown = clean.isEmpty() ? name : cut(clean);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UserAccount account =
                new UserAccount(name, shown, encoder.encode(Base64.getEncoder().encodeToString(secret)), role);
        UserSummary created = users.save(account).summary();
        audit.record(name, "ACCOUNT_CREATED", name + " as " + role.name() + " on first launch from " + origin);
        return created;
    }

    /** The account by id, if it exists and is enabled. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> enabled(long userId) {
        return users.findById(userId).filter(UserAccount::isEnabled).map(UserAccount::summary);
    }

    /** The outside system says this person now has another role (a learner became an instructor). */
    @Transactional
    public UserSummary changeRole(long userId, Role role, String origin) {
        UserAccount account = users.findById(userId).orElseThrow();
        if (role == Role.ADMIN || account.getRole() == Role.ADMIN || account.getRole() == role) {
            return account.summary();
        }
        audit.record(
                account.getUsername(),
                "ROLE_CHANGED",
                account.getUsername() + " from " + account.getRole().name() + " to " + role.name() + " by " + origin);
        account.setRole(role);
        return account.summary();
    }

    /**
     * Signs the account into this browser's session: a new session id (fixation), the security
     * context saved in the session, and the session registered so disabling the account ends it.
     */
    public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.loadUserByUsername(username);
        if (!user.isEnabled()) {
            throw new IllegalStateException("account " + username + " is disabled");
        }
        request.getSession(true);
        request.changeSessionId();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.registry().registerNewSession(request.getSession().getId(), user);
    }

    /**
     * Runs {@code work} as this account, for one request that proved who it is by other means (a
     * one-time token from a checked launch), without signing the browser in: nothing is kept in a session.
     */
    public <T> T asUser(String username, java.util.function.Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
