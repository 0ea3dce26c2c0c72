package org.boundarylab.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Computes a report on another thread, as the signed-in user, without holding the UI's session
 * lock (a large cohort must not freeze the user's other tabs), then shows it under the lock.
 */
final class OffLock {

    private OffLock() {}

    static <T> void load(Component screen, Supplier<T> compute, Consumer<T> show, Consumer<String> refused) {
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        CompletableFuture.supplyAsync(
                        () -> {
                            SecurityContextHolder.setContext(user);
                            try {
                                return compute.get();
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                        },
                        command -> Thread.ofVirtual().start(command))
                .whenComplete((result, error) -> ui.access(() -> {
                    if (error == null) {
                        show.accept(result);
                    } else {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        refused.accept(
                                cause instanceof AccessDeniedException
                                        ? "This report is not yours to open."
                                        : cause instanceof IllegalArgumentException
                                                ? cause.getMessage()
                                                : "The report could not be made.");
                        if (!(cause instanceof AccessDeniedException)) {
                            org.slf4j.LoggerFactory.getLogger(OffLock.class).warn("Report failed", cause);
                        }
                    }
                }));
    }
}
