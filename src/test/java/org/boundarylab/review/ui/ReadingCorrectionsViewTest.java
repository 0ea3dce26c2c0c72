package org.boundarylab.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.review.ReadingCorrection;
import org.boundarylab.review.ReadingCorrections;
import org.boundarylab.review.ReviewFixtures;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The Reading corrections page: the readings in force, filtered; agreement per characteristic; the export link. */
@BoundaryLabTest
@WithMockUser(username = "xena-sup", roles = "SUPERVISOR")
class ReadingCorrectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReadingCorrections corrections;

    @Test
    void the_page_lists_the_readings_filters_them_and_counts_agreement_per_characteristic() {
        ReviewFixtures.Judged judged = fixtures.judgedSession("xena-sup", Role.SUPERVISOR, "yuri-" + System.nanoTime());
        ReadingCorrection visit =
                corrections.correct(judged.judgments().get("s1"), Set.of(), "A home visit on its own hides nothing.");
        corrections.correct(judged.judgments().get("s4"), Set.of(Characteristic.SECRECY), "");

        ReadingCorrectionsView view = navigate("review/corrections", ReadingCorrectionsView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.listHeading.getText()).isEqualTo("2 readings reviewed: 1 corrected, 1 confirmed");
        assertThat(test(view.grid).getCellText(0, 1))
                .isEqualTo("He hides the relationship by seeing her after everyone has left.");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Secrecy");
        assertThat(test(view.grid).getCellText(1, 3)).isEqualTo("None of the four");
        Div secrecy = $(Div.class, view.agreement)
                .withAttribute("data-characteristic", "secrecy")
                .single();
        assertThat(secrecy.getElement().getTextRecursively())
                .contains("Agreed 50 % (1 of 2)", "Read by the rule base only: 1");
        assertThat($(Anchor.class).id("export-readings").getText()).contains("evaluation rows");

        view.characteristic.setValue(Characteristic.ROLE_REVERSAL);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        view.characteristic.clear();
        view.version.setValue(visit.ruleBaseVersion());
        assertThat(test(view.grid).size()).isEqualTo(2);
    }
}
