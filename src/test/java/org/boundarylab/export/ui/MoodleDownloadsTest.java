package org.boundarylab.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.SignIn;
import org.boundarylab.account.TestUsers;
import org.boundarylab.export.CaseExport;
import org.boundarylab.export.CaseExports;
import org.boundarylab.export.MoodleImportRules;
import org.boundarylab.vignette.ui.LibraryView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Staff see "Download for Moodle" (and GIFT) on every case card; the export is theirs only. */
@BoundaryLabTest
@WithMockUser(username = "mona", roles = "SUPERVISOR")
class MoodleDownloadsTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    CaseExports exports;

    @Test
    void every_case_card_offers_moodle_xml_and_gift_to_staff() {
        users.ensure("mona", Role.SUPERVISOR);
        navigate(LibraryView.class);
        List<Anchor> links = $(Anchor.class).all().stream()
                .filter(a -> a.hasClassName("moodle-download"))
                .toList();
        assertThat(links).hasSize(2 * 12);
        assertThat(links).anySatisfy(a -> {
            assertThat(a.getText()).isEqualTo("Download for Moodle");
            assertThat(a.getElement().getAttribute("aria-label"))
                    .isEqualTo("Download for Moodle (Moodle XML): Mary: the last appointment of the day");
        });
        assertThat(links).allSatisfy(a -> assertThat(a.getElement().hasAttribute("download"))
                .isTrue());
        CaseExport.ExportedCase file = exports.export("mary-after-hours", CaseExport.Format.MOODLE_XML);
        assertThat(file.fileName()).isEqualTo("mary-after-hours-moodle.xml");
        assertThat(MoodleImportRules.problems(file.content())).isEmpty();
        assertThat(exports.export("mary-after-hours", CaseExport.Format.GIFT).fileName())
                .isEqualTo("mary-after-hours-gift.txt");
    }

    @Test
    void trainees_get_no_export() {
        users.ensure("tess", Role.TRAINEE);
        SignIn.as("tess", Role.TRAINEE);
        assertThatThrownBy(() -> exports.export("mary-after-hours", CaseExport.Format.GIFT))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as("mona", Role.SUPERVISOR);
    }
}
