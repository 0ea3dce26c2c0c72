package org.boundarylab.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.operations.BackupKey;
import org.boundarylab.operations.DatabaseBackup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The Operations page offers each backup and its .mac for download, never the key, and says how to restore. */
@BoundaryLabTest
@WithMockUser(username = "olga", roles = "ADMIN")
class OperationsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseBackup backup;

    @Autowired
    org.boundarylab.audit.AuditLog audit;

    @Test
    void the_audit_trail_reads_in_plain_words_with_names_and_filters_pages_and_exports() {
        users.ensure("olga", Role.ADMIN);
        org.boundarylab.account.UserSummary tess = users.ensure("tess-audit", Role.TRAINEE);
        audit.record("olga", "ACCOUNT_CREATED", "tess-audit as TRAINEE");
        audit.record(
                "olga",
                "SCORE_OVERRIDE",
                "judgment 7 of trainee " + tess.id() + ": 1 -> 2 because the evidence was right");
        audit.record(
                "tess-audit",
                "ACCESS_DENIED",
                "refused a call to AccountService.resetPassword to tess-audit (trainee)");
        audit.record("olga", "CASE_RETIRED", "case mary-after-hours");
        for (int i = 0; i < 60; i++) {
            audit.record("tess-audit", "LOGIN_SUCCESS", "from 127.0.0.1");
        }
        OperationsView view = navigate(OperationsView.class);
        AuditTrailPanel trail = view.trail;
        String shown = trail.csv(trail.query());
        assertThat(shown)
                .contains(
                        "Account created",
                        "Test tess-audit (tess-audit) as a trainee",
                        "Score overridden",
                        "a judgment of Test tess-audit",
                        "Refused: not allowed",
                        "the action “reset password” (account)",
                        "case “Mary: the last appointment of the day”",
                        "Signed in")
                .doesNotContain("trainee " + tess.id(), "AccountService", "as TRAINEE");

        trail.kind.setValue("SCORE_OVERRIDE");
        assertThat(trail.events
                        .getGenericDataView()
                        .getItems()
                        .map(org.boundarylab.audit.AuditLog.Event::action)
                        .distinct()
                        .toList())
                .containsExactly("SCORE_OVERRIDE");
        trail.kind.clear();
        trail.person.setValue("tess-audit");
        assertThat(trail.pageText.getText()).startsWith("Events 1–50 of 61").contains("page 1 of 2");
        assertThat(trail.next.isEnabled()).isTrue();
        test(trail.next).click();
        assertThat(trail.pageText.getText()).startsWith("Events 51–61 of 61");
        assertThat(trail.previous.isEnabled()).isTrue();
        trail.from.setValue(java.time.LocalDate.now().plusDays(1));
        assertThat(trail.pageText.getText()).isEqualTo("No events");
        assertThat(AuditTrailPanel.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
    }

    @Test
    void each_backup_has_a_download_for_itself_and_its_mac_and_the_hint_names_the_key() throws Exception {
        users.ensure("olga", Role.ADMIN);
        DatabaseBackup.Backup made = backup.create();
        OperationsView view = navigate(OperationsView.class);
        List<Anchor> links = view.downloads(made)
                .getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
        assertThat(links).extracting(Anchor::getText).containsExactly("Backup", ".mac");
        assertThat(links)
                .extracting(a -> a.getElement().getAttribute("data-file"))
                .containsExactly(made.name(), made.name() + BackupKey.MAC_SUFFIX);
        assertThat(links).allSatisfy(a -> assertThat(a.getElement().hasAttribute("download"))
                .isTrue());
        String hint = $(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(t -> t.contains("restore"))
                .findFirst()
                .orElseThrow();
        assertThat(hint).contains("--key " + backup.keyFile()).contains(".mac");
        Path file = backup.folder().resolve(made.name());
        Files.deleteIfExists(file);
        Files.deleteIfExists(BackupKey.macFile(file));
    }
}
