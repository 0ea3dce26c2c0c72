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

    @Test
    void each_backup_has_a_download_for_itself_and_its_mac_and_the_hint_names_the_key() throws Exception {
        users.ensure("olga", Role.ADMIN);
        DatabaseBackup.Backup made = backup.create();
        OperationsView view = navigate(OperationsView.class);
        List<Anchor> links = view.downloads(made).getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
        assertThat(links).extracting(Anchor::getText).containsExactly("Backup", ".mac");
        assertThat(links).extracting(a -> a.getElement().getAttribute("data-file"))
                .containsExactly(made.name(), made.name() + BackupKey.MAC_SUFFIX);
        assertThat(links).allSatisfy(a -> assertThat(a.getElement().hasAttribute("download")).isTrue());
        String hint = $(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.contains("restore")).findFirst()
                .orElseThrow();
        assertThat(hint).contains("--key " + backup.keyFile()).contains(".mac");
        Path file = backup.folder().resolve(made.name());
        Files.deleteIfExists(file);
        Files.deleteIfExists(BackupKey.macFile(file));
    }
}
