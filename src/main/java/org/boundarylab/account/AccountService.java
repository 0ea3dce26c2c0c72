package org.boundarylab.account;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, disabling and resetting accounts. Supervisors manage trainees; only admins create
 * supervisors and admins, or change another supervisor's or admin's account.
 */
@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    private final org.boundarylab.audit.AuditLog audit;
    private final SignedInSessions sessions;

    AccountService(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser,
            org.boundarylab.audit.AuditLog audit, SignedInSessions sessions) {
        this.audit = audit;
        this.sessions = sessions;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername()).password(account.getPasswordHash())
                .roles(account.getRole().name()).disabled(!account.isEnabled()).build();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public List<UserSummary> list() {
        return users.findAllByOrderByRoleAscUsernameAsc().stream().map(UserAccount::summary).toList();
    }

    @Transactional
    @PreAuthorize(Role.STAFF)
    public UserSummary create(String username, String displayName, Role role, String password) {
        requireMayManage(role);
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("Username: use 2 to 64 lower-case letters, digits, '.', '_' or '-'.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new AccountException("Full name: enter a name of at most 120 characters.");
        }
        if (displayName.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.UNASSIGNED)) {
            // control and direction-override characters can disguise a name on every screen it appears on
            throw new AccountException("Full name: use letters, spaces and punctuation only (no control or direction characters).");
        }
        checkPassword(password);
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException("Username: '" + name + "' is already taken.");
        }
        UserSummary created = users.save(new UserAccount(name, displayName.strip(), encoder.encode(password), role)).summary();
        audit.record(actor(), "ACCOUNT_CREATED", name + " as " + role.name());
        return created;
    }

    @Transactional
    @PreAuthorize(Role.STAFF)
    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount account = manageable(userId);
        if (!enabled && account.getUsername().equals(currentUser.require().username())) {
            throw new AccountException("You cannot disable your own account.");
        }
        account.setEnabled(enabled);
        audit.record(actor(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account.getUsername());
        if (!enabled) {
            sessions.endSessionsOf(account.getUsername());
        }
        return account.summary();
    }

    @Transactional
    @PreAuthorize(Role.STAFF)
    public void resetPassword(long userId, String newPassword) {
        checkPassword(newPassword);
        UserAccount account = manageable(userId);
        account.setPasswordHash(encoder.encode(newPassword));
        audit.record(actor(), "PASSWORD_RESET", account.getUsername());
    }

    /** Used once at first start, before anyone can sign in. */
    @Transactional
    UserSummary createFirstAdmin(String password) {
        return users.save(new UserAccount("admin", "Administrator", encoder.encode(password), Role.ADMIN)).summary();
    }

    /** Who is acting, for the audit trail (the caller's sign-in name). */
    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new AccountException("Password: use " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
        if (CommonPasswords.contains(password)) {
            throw new AccountException("Password: this is one of the most common passwords, the first an attacker tries. "
                    + "Choose another, for example a few unrelated words.");
        }
    }

    private UserAccount manageable(long userId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new AccountException("No such user."));
        requireMayManage(account.getRole());
        return account;
    }

    private void requireMayManage(Role target) {
        Role caller = currentUser.require().role();
        if (caller != Role.ADMIN && target != Role.TRAINEE) {
            throw new AccessDeniedException("Only an administrator can manage " + target.label().toLowerCase() + " accounts.");
        }
    }
}
