package org.boundarylab.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The menu entries the signed-in user may open. Vaadin works them out by checking every route's
 * access, which looks its role checker up on the class path each time; what it finds depends only on
 * the user's roles, so it is worked out once per set of roles and kept.
 */
@Component
class AccessibleMenu {

    private final Map<Set<String>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    List<MenuEntry> entries() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return byRoles.computeIfAbsent(roles, r -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
