package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AttemptException;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class VignetteAuthoringTest {

    private static final AtomicInteger IDS = new AtomicInteger();

    @Autowired
    VignetteAuthoring authoring;

    @Autowired
    VignetteCatalog catalog;

    @Autowired
    VignetteVersionRepository versions;

    @Autowired
    AttemptService attempts;

    @Autowired
    TestUsers users;

    @BeforeEach
    void users() {
        users.ensure("sue", Role.SUPERVISOR);
        users.ensure("ann", Role.TRAINEE);
    }

    /** Mary's case under a fresh id, so tests do not meet each other's versions. */
    static VignetteDraft draft() throws Exception {
        VignetteDraft d = VignetteDraft.of(VignetteReader.read(VignetteReaderTest.mary(), "mary-after-hours.yaml"));
        d.id = "authored-" + IDS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        return d;
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void saving_stores_a_new_version_by_its_author_and_an_unchanged_save_stores_nothing() throws Exception {
        VignetteDraft d = draft();
        VignetteAuthoring.Saved first = authoring.save(d, true);
        assertThat(first.changed()).isTrue();
        assertThat(first.vignette().version()).isEqualTo(1);
        assertThat(authoring.save(d, false).changed()).isFalse();
        d.title = "Mary, retold";
        VignetteAuthoring.Saved second = authoring.save(d, false);
        assertThat(second.vignette().version()).isEqualTo(2);
        LibraryEntry entry = catalog.library().stream()
                .filter(e -> e.id().equals(d.id))
                .findFirst()
                .orElseThrow();
        assertThat(entry.author()).isEqualTo("Test sue");
        assertThat(entry.vignette().title()).isEqualTo("Mary, retold");
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void an_attempt_keeps_the_version_it_was_made_against() throws Exception {
        VignetteDraft d = draft();
        authoring.save(d, true);
        AttemptState before = attempts.startNew(d.id);
        d.segments.getFirst().text = d.segments.getFirst().text + " He says nothing about it.";
        authoring.save(d, false);
        AttemptState after = attempts.get(before.attemptId());
        assertThat(after.vignette().version()).isEqualTo(1);
        assertThat(after.vignette().vignette().segments().getFirst().text()).doesNotEndWith("nothing about it.");
        attempts.submit(before.attemptId(), new Judgment("s1", Set.of(), List.of(), "These are my reasons.", 1));
        assertThat(attempts.startNew(d.id).vignette().version()).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void a_new_case_cannot_take_an_existing_id() throws Exception {
        VignetteDraft d = draft();
        d.id = "mary-after-hours";
        assertThatThrownBy(() -> authoring.save(d, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().message()).contains("already exists"));
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void an_invalid_draft_is_refused_naming_the_segment_field_and_nothing_is_stored() throws Exception {
        VignetteDraft d = draft();
        d.segments.get(2).cues.put(Characteristic.ROLE_REVERSAL, List.of("words that are not there"));
        long before = versions.count();
        assertThatThrownBy(() -> authoring.save(d, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("segments[2].cues.ROLE_REVERSAL")));
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void an_exported_seed_is_the_file_byte_for_byte_and_imports_back_unchanged() throws Exception {
        VignetteAuthoring.ExportedFile file = authoring.export("daniel-school-counsellor");
        assertThat(file.fileName()).isEqualTo("daniel-school-counsellor.yaml");
        assertThat(file.content())
                .isEqualTo(Files.readString(Path.of("seeds/vignettes/daniel-school-counsellor.yaml")));
        VignetteAuthoring.Saved imported = authoring.importFile(
                "daniel-school-counsellor (1).yaml", file.content().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.changed()).isFalse();
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void a_case_written_in_the_editor_exports_as_a_file_another_install_loads_unchanged(
            @org.junit.jupiter.api.io.TempDir Path otherInstall) throws Exception {
        VignetteDraft d = draft();
        authoring.save(d, true);
        VignetteAuthoring.ExportedFile file = authoring.export(d.id);
        Files.writeString(otherInstall.resolve(file.fileName()), file.content());
        VignetteDirectory.Loaded loaded = VignetteDirectory.load(otherInstall);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.byId().get(d.id))
                .isEqualTo(catalog.latest(d.id).orElseThrow().vignette());
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void a_bad_upload_is_refused_with_its_file_line_and_field_and_nothing_is_stored() throws Exception {
        long before = versions.count();
        String broken = VignetteReaderTest.mary()
                .replace("id: mary-after-hours", "id: imported-broken")
                .replace("key: [SECRECY]", "key: [SECRET]");
        assertThatThrownBy(() -> authoring.importFile("mine.yaml", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().file()).isEqualTo("mine.yaml");
                    assertThat(e.problems().getFirst().field()).isEqualTo("segments[3].key");
                    assertThat(e.problems().getFirst().line()).isPositive();
                });
        assertThatThrownBy(() -> authoring.importFile("notes.txt", "id: x".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a .yaml");
        assertThatThrownBy(() -> authoring.importFile("big.yaml", new byte[VignetteAuthoring.MAX_UPLOAD_BYTES + 1]))
                .hasMessageContaining("at most 256 KB");
        assertThatThrownBy(() -> authoring.importFile("latin1.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xE9}))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> authoring.importFile("tabs.yaml", "id: [unclosed\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid YAML");
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void a_retired_case_takes_no_new_attempts_but_stays_for_reports_and_can_be_restored() throws Exception {
        VignetteDraft d = draft();
        authoring.save(d, true);
        AttemptState open = attempts.startNew(d.id);
        authoring.retire(d.id);
        assertThat(catalog.library()).noneMatch(e -> e.id().equals(d.id));
        assertThat(catalog.libraryIncludingRetired()).anyMatch(e -> e.id().equals(d.id) && e.retired());
        assertThatThrownBy(() -> attempts.startNew(d.id))
                .isInstanceOf(AttemptException.class)
                .hasMessageContaining("retired");
        assertThat(attempts.startOrResume(d.id).attemptId())
                .as("an open attempt goes on")
                .isEqualTo(open.attemptId());
        assertThat(attempts.get(open.attemptId()).vignette().id()).isEqualTo(d.id);
        authoring.restore(d.id);
        assertThat(catalog.library()).anyMatch(e -> e.id().equals(d.id));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static void as(String username, String role) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        username,
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_" + role)));
    }

    @Test
    void only_a_cases_author_or_an_admin_publishes_a_new_version_and_seed_cases_only_an_admin() throws Exception {
        users.ensure("sid", Role.SUPERVISOR);
        users.ensure("ada-admin", Role.ADMIN);
        try {
            as("sue", "SUPERVISOR");
            VignetteDraft d = draft();
            authoring.save(d, true);
            String changed = VignetteReaderTest.mary()
                    .replace("id: mary-after-hours", "id: " + d.id)
                    .replace("Mary: the last appointment of the day", "Mary: changed by someone else");
            as("sid", "SUPERVISOR");
            assertThat(authoring.mayChange(d.id)).isFalse();
            assertThatThrownBy(() -> authoring.importFile(d.id + ".yaml", changed.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> authoring.retire(d.id))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> authoring.importFile(
                            "mary-after-hours.yaml",
                            VignetteReaderTest.mary()
                                    .replace("Mary: the last appointment of the day", "Mary, rewritten")
                                    .getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThat(versions.findFirstByVignetteIdOrderByVersionDesc(d.id)
                            .orElseThrow()
                            .getVersion())
                    .isEqualTo(1);
            assertThat(jdbc.sql(
                                    "select count(*) from audit_event where actor = 'sid' and action = 'ACCESS_DENIED' and detail like ?")
                            .param("%case " + d.id + ": only its author or an administrator may")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2);
            assertThat(jdbc.sql(
                                    "select count(*) from audit_event where actor = 'sid' and action = 'ACCESS_DENIED' and detail like ?")
                            .param("%case mary-after-hours: a seed case%")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            as("sue", "SUPERVISOR");
            assertThat(authoring.mayChange("mary-after-hours"))
                    .as("a seed case, for a supervisor")
                    .isFalse();
            assertThat(authoring
                            .importFile(d.id + ".yaml", changed.getBytes(StandardCharsets.UTF_8))
                            .vignette()
                            .version())
                    .isEqualTo(2);
            as("ada-admin", "ADMIN");
            assertThat(authoring.mayChange("mary-after-hours")).isTrue();
            authoring.retire(d.id);
            authoring.restore(d.id);
            assertThat(jdbc.sql("select action from audit_event where detail like ? order by id")
                            .param("%case " + d.id + "%")
                            .query(String.class)
                            .list())
                    .containsSubsequence(
                            "CASE_SAVED", "ACCESS_DENIED", "CASE_IMPORTED", "CASE_RETIRED", "CASE_RESTORED");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithMockUser(username = "sue", roles = "SUPERVISOR")
    void titles_and_texts_with_hidden_characters_or_absurd_lengths_are_refused_naming_the_field() throws Exception {
        String mary = VignetteReaderTest.mary().replace("id: mary-after-hours", "id: hidden-" + IDS.incrementAndGet());
        assertThatThrownBy(() -> authoring.importFile(
                        "x.yaml",
                        mary.replace("Mary: the last appointment of the day", "Mary \u202Egnp.exe")
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("title") && p.message().contains("U+202E")));
        assertThatThrownBy(() -> authoring.importFile(
                        "x.yaml",
                        mary.replace("Mary: the last appointment of the day", "T".repeat(250_000))
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("title")));
        String firstText = VignetteReader.read(VignetteReaderTest.mary(), "mary-after-hours.yaml")
                .segments()
                .getFirst()
                .text();
        String oneLine = firstText.substring(0, 20);
        assertThatThrownBy(() -> authoring.importFile(
                        "x.yaml", mary.replace(oneLine, oneLine + "\u2066").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("segments[0].text")
                                && p.message().contains("U+2066")));
    }

    @Test
    @WithMockUser(username = "ann", roles = "TRAINEE")
    void a_trainee_can_neither_write_import_export_nor_retire() throws Exception {
        VignetteDraft d = draft();
        assertThatThrownBy(() -> authoring.save(d, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.importFile("x.yaml", new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.export("mary-after-hours")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.retire("mary-after-hours")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.libraryIncludingRetired()).isInstanceOf(AccessDeniedException.class);
    }
}
