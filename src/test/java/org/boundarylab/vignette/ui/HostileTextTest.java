package org.boundarylab.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.vignette.VignetteAuthoring;
import org.boundarylab.vignette.VignetteDraft;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Markup typed into a case is shown as the characters typed, never run or rendered. */
@BoundaryLabTest
@WithMockUser(username = "hana", roles = "SUPERVISOR")
class HostileTextTest extends SpringBrowserlessTest {

    @Autowired
    VignetteAuthoring authoring;

    @Autowired
    TestUsers users;

    @Test
    void a_title_with_script_and_markup_is_text_in_the_library() throws Exception {
        users.ensure("hana", Role.SUPERVISOR);
        navigate(ReferencesView.class); // the browserless UI carries the signed-in user from here on
        VignetteDraft d = VignetteDraft.of(VignetteReader.read(
                java.nio.file.Files.readString(java.nio.file.Path.of("seeds/vignettes/mary-after-hours.yaml")),
                "mary-after-hours.yaml"));
        d.id = "hostile-title";
        d.title = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        d.summary = "<b>bold?</b> " + d.summary;
        authoring.save(d, true);
        LibraryView view = navigate(LibraryView.class);
        view.search.setValue("onerror");
        H2 title = $(H2.class, view.cards).single();
        assertThat(title.getText()).isEqualTo("<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThat(title.getElement().getChildren())
                .as("text nodes only, no elements")
                .allMatch(e -> e.isTextNode());
        assertThat(view.cards.getElement().getOuterHTML())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
        authoring.retire("hostile-title");
    }
}
