package org.boundarylab.operations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.boundarylab.account.Role;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.operations.BackupKey;
import org.boundarylab.operations.DatabaseBackup;
import org.springframework.security.access.AccessDeniedException;

/** Admins: take a backup while the app runs, download one, and read the audit trail. */
@Menu(title = "Operations", order = 120, icon = "vaadin:database")
@Route("operations")
@PageTitle("Operations · Boundary Lab")
@RolesAllowed(Role.ADMIN_NAME)
public class OperationsView extends Main {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());
    final Grid<DatabaseBackup.Backup> backups = new Grid<>();
    final AuditTrailPanel trail;
    private final DatabaseBackup backup;

    public OperationsView(
            DatabaseBackup backup,
            AuditLog audit,
            org.boundarylab.account.AccountService accounts,
            org.boundarylab.vignette.VignetteCatalog catalog) {
        this.backup = backup;
        addClassName("page");
        // names for the trail: accounts by id and username, cases by id (an admin sees them all)
        java.util.List<org.boundarylab.account.UserSummary> people = accounts.list();
        java.util.Map<Long, String> byId = new java.util.HashMap<>();
        java.util.Map<String, String> byUsername = new java.util.HashMap<>();
        people.forEach(u -> {
            byId.put(u.id(), u.displayName());
            byUsername.put(u.username(), u.displayName());
        });
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        catalog.libraryIncludingRetired()
                .forEach(e -> titles.put(e.id(), e.vignette().title()));
        trail = new AuditTrailPanel(audit, new AuditWording(byId::get, byUsername::get, titles::get));
        Button take = new Button("Take a backup now", e -> {
            try {
                DatabaseBackup.Backup made = backup.create();
                Notification.show("Backup written: " + made.name());
                backups.setItems(backup.list());
                trail.refresh();
            } catch (IOException | RuntimeException ex) {
                Notification.show("The backup failed; the log has the details.");
                org.slf4j.LoggerFactory.getLogger(OperationsView.class).error("Backup failed", ex);
            }
        });
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setId("take-backup");
        backups.addColumn(DatabaseBackup.Backup::name).setHeader("File").setFlexGrow(2);
        backups.addColumn(b -> b.at() == null ? "" : WHEN.format(b.at())).setHeader("Taken");
        backups.addColumn(b -> b.bytes() / 1024 + " KB").setHeader("Size");
        backups.addComponentColumn(this::downloads).setHeader("Download").setAutoWidth(true);
        backups.setAllRowsVisible(true);
        backups.setEmptyStateText("No backups yet: take one with the button above.");
        try {
            backups.setItems(backup.list());
        } catch (IOException e) {
            backups.setItems();
        }
        Paragraph where =
                new Paragraph("Backups are consistent SQL dumps taken while everyone keeps working, written to "
                        + backup.folder()
                        + " (readable by the app's user only). Each comes with a .mac file, made with the key "
                        + backup.keyFile()
                        + ": restore refuses a backup without its .mac or with a changed one. Keep a copy of the key "
                        + "apart from the backups. To restore: stop the app, run java -jar boundary-lab.jar restore --backup FILE "
                        + "--data-dir NEW-FOLDER --key " + backup.keyFile()
                        + " (the .mac beside FILE), and start the app with "
                        + "--boundarylab.data-dir=NEW-FOLDER.");
        where.addClassName("hint");
        if (backup.inApp()) {
            add(new H1("Operations"), new H2("Backups"), where, take, backups, trail);
        } else {
            Paragraph postgres = new Paragraph("This server keeps its data in PostgreSQL, shared by every node. "
                    + "Back it up with PostgreSQL's own pg_dump (for example nightly, pg_dump --format=custom), "
                    + "and restore with pg_restore; the README's Backups section says how. "
                    + "The backups this page takes are for the embedded H2 database only.");
            postgres.setId("backups-on-postgresql");
            postgres.addClassName("hint");
            add(new H1("Operations"), new H2("Backups"), postgres, trail);
        }
    }

    /** The backup and its .mac: both are needed to restore (with the key, which is never offered here). */
    Component downloads(DatabaseBackup.Backup b) {
        Span links = new Span(link(b.name(), "Backup"));
        links.addClassName("download-links");
        if (b.signed()) {
            links.add(new Span(" · "), link(b.name() + BackupKey.MAC_SUFFIX, ".mac"));
        }
        return links;
    }

    private Anchor link(String name, String text) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        DatabaseBackup.Download d = backup.download(name);
                        return new DownloadResponse(
                                d.content(),
                                d.name(),
                                name.endsWith(".zip") ? "application/zip" : "text/plain",
                                d.bytes());
                    } catch (AccessDeniedException e) {
                        return DownloadResponse.error(403);
                    } catch (IllegalArgumentException e) {
                        return DownloadResponse.error(404);
                    }
                }),
                AttachmentType.DOWNLOAD,
                text);
        a.getElement().setAttribute("data-file", name);
        return a;
    }
}
