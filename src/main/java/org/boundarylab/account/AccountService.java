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
 * Creating, disabling and resetting accounts, and changing one's own password. A supervisor
 * manages only their own trainees: those they created and those in their sessions; only admins
 * create supervisors and admins, or change another supervisor's or admin's account.
 */
@Service
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD = PasswordPolicy.MIN;
    public static final int MAX_PASSWORD = PasswordPolicy.MAX;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    private final org.boundarylab.audit.AuditLog audit;
    private final SignedInSessions sessions;
    private final TraineeRoster roster;

    AccountService(
            UserAccountRepository users,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            org.boundarylab.audit.AuditLog audit,
            SignedInSessions sessions,
            TraineeRoster roster) {
        this.audit = audit;
        this.sessions = sessions;
        this.roster = roster;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .build();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.STAFF)
    public List<UserSummary> list() {
        UserSummary me = currentUser.require();
        List<UserAccount> all = users.findAllByOrderByRoleAscUsernameAsc();
        if (me.role() == Role.ADMIN) {
            return all.stream().map(UserAccount::summary).toList();
        }
        java.util.Set<Long> inSessions = roster.traineesInSessionsOf(me.id());
        return all.stream()
                .filter(a -> a.getRole() == Role.TRAINEE
                        && (me.id() == nullToZero(a.getCreatedBy()) || inSessions.contains(a.getId())))
                .map(UserAccount::summary)
                .toList();
    }

    /** Whether the signed-in user was given a password by someone else and must choose their own first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangePassword() {
        return currentUser
                .get()
                .flatMap(u -> users.findById(u.id()))
                .map(UserAccount::mustChangePassword)
                .orElse(false);
    }

    /** Whether the signed-in trainee lets their supervisors see their private practice (off by default). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean sharesPractice() {
        return users.findById(currentUser.require().id())
                .map(UserAccount::sharesPractice)
                .orElse(false);
    }

    /** The trainee's own choice: supervisors see private practice only when it is on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setSharePractice(boolean share) {
        UserAccount me = users.findById(currentUser.require().id()).orElseThrow();
        me.setSharePractice(share);
        audit.record(
                me.getUsername(),
                share ? "PRACTICE_SHARED" : "PRACTICE_UNSHARED",
                me.getUsername() + (share ? " lets" : " no longer lets")
                        + " their supervisors see their private practice");
    }

    /** Every user changes their own password, proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = users.findById(currentUser.require().id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, me.getPasswordHash())) {
            throw new AccountException("Current password: this is not your current password.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AccountException("New password: choose one different from the current password.");
        }
        PasswordPolicy.check(newPassword, me.getUsername(), me.getDisplayName());
        me.setPasswordHash(encoder.encode(newPassword));
        me.setMustChangePassword(false);
        audit.record(me.getUsername(), "PASSWORD_CHANGED", "by " + me.getUsername() + " (own password)");
    }

    @Transactional
    @PreAuthorize(Role.STAFF)
    public UserSummary create(String username, String displayName, Role role, String password) {
        requireMayManage(role);
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        // every problem at once, so the form can show each beside its field
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            problems.add("Full name: enter the person's name (at most 120 characters).");
        } else if (org.boundarylab.protection.PlainText.hiddenInName(displayName)
                .isPresent()) {
            // control and direction-override characters can disguise a name on every screen it appears on
            problems.add("Full name: use letters, spaces and punctuation only (no control or direction characters).");
        }
        if (!USERNAME.matcher(name).matches()) {
            problems.add("Username: use 2 to 64 lower-case letters, digits, '.', '_' or '-'.");
        } else if (users.findByUsername(name).isPresent()) {
            problems.add("Username: '" + name + "' is already taken; choose another.");
        }
        PasswordPolicy.problem(password, name, displayName).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new AccountException(problems);
        }
        UserAccount account = new UserAccount(name, displayName.strip(), encoder.encode(password), role);
        account.setCreatedBy(currentUser.require().id());
        UserSummary created = users.save(account).summary();
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
        UserAccount account = manageable(userId);
        PasswordPolicy.check(newPassword, account.getUsername(), account.getDisplayName());
        account.setPasswordHash(encoder.encode(newPassword));
        // the one who reset it knows it: the holder chooses their own at the next sign-in
        account.setMustChangePassword(true);
        audit.record(actor(), "PASSWORD_RESET", account.getUsername() + "; their open sessions were ended");
        sessions.endSessionsOf(account.getUsername());
    }

    /** Used once at first start, before anyone can sign in. */
    @Transactional
    UserSummary createFirstAdmin(String password) {
        return users.save(new UserAccount("admin", "Administrator", encoder.encode(password), Role.ADMIN))
                .summary();
    }

    /** Who is acting, for the audit trail (the caller's sign-in name). */
    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private UserAccount manageable(long userId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new AccountException("No such user."));
        requireMayManage(account.getRole());
        UserSummary me = currentUser.require();
        if (me.role() != Role.ADMIN
                && nullToZero(account.getCreatedBy()) != me.id()
                && !roster.inSessionsOf(me.id(), userId)) {
            throw audit.refused(
                    me.username(),
                    "supervisor " + me.username() + " (account " + me.id() + ") may not manage account " + userId + " ("
                            + account.getUsername() + "): not a trainee they created or one in their sessions");
        }
        return account;
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private void requireMayManage(Role target) {
        UserSummary caller = currentUser.require();
        if (caller.role() != Role.ADMIN && target != Role.TRAINEE) {
            audit.refused(
                    caller.username(),
                    caller.username() + " (account " + caller.id() + ") tried to manage a "
                            + target.label().toLowerCase() + " account; only an administrator may");
            throw new AccessDeniedException(
                    "Only an administrator can manage " + target.label().toLowerCase() + " accounts.");
        }
    }
}
