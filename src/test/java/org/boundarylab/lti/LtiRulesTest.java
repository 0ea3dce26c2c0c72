package org.boundarylab.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.boundarylab.account.Role;
import org.boundarylab.base.Backoff;
import org.junit.jupiter.api.Test;

/** The small rules of LTI in Boundary Lab's terms: roles, the scores address, the back-off, which case a link opens. */
class LtiRulesTest {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

    @Test
    void course_roles_map_instructors_and_teaching_assistants_to_supervisors_and_everyone_else_to_trainees() {
        assertThat(Launch.roleOf(List.of(MEMBERSHIP + "#Learner"))).isEqualTo(Role.TRAINEE);
        assertThat(Launch.roleOf(List.of(MEMBERSHIP + "#Instructor"))).isEqualTo(Role.SUPERVISOR);
        assertThat(Launch.roleOf(List.of(MEMBERSHIP + "/Instructor#TeachingAssistant")))
                .isEqualTo(Role.SUPERVISOR);
        assertThat(Launch.roleOf(List.of("Instructor"))).isEqualTo(Role.SUPERVISOR);
        // an institution role says nothing about this course: a staff member taking a course is a learner in it
        assertThat(Launch.roleOf(List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
                        MEMBERSHIP + "#Learner")))
                .isEqualTo(Role.TRAINEE);
        assertThat(Launch.roleOf(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
                .isEqualTo(Role.TRAINEE);
        assertThat(Launch.roleOf(List.of())).isEqualTo(Role.TRAINEE);
    }

    @Test
    void scores_go_to_the_line_items_scores_path_with_its_query_kept() {
        assertThat(ScoreSender.scoresUrl(
                        "https://moodle.example.edu/mod/lti/services.php/2/lineitems/5/lineitem?type_id=1"))
                .hasToString("https://moodle.example.edu/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1");
        assertThat(ScoreSender.scoresUrl("https://canvas.example.edu/api/lti/courses/1/line_items/7/"))
                .hasToString("https://canvas.example.edu/api/lti/courses/1/line_items/7/scores");
    }

    @Test
    void the_wait_after_failures_doubles_up_to_the_longest() {
        Duration first = Duration.ofSeconds(5);
        Duration longest = Duration.ofMinutes(10);
        assertThat(Backoff.doubling(1, first, longest)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Backoff.doubling(2, first, longest)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Backoff.doubling(4, first, longest)).isEqualTo(Duration.ofSeconds(40));
        assertThat(Backoff.doubling(30, first, longest)).isEqualTo(longest);
    }

    @Test
    void a_link_opens_the_case_named_by_its_custom_parameter_or_its_target_and_nothing_else() {
        assertThat(LaunchEndpoints.caseOf(launch(Map.of("case", "mary-after-hours"), null)))
                .hasValue("mary-after-hours");
        assertThat(LaunchEndpoints.caseOf(launch(Map.of(), "https://lab.example.org/case/daniel-school/")))
                .hasValue("daniel-school");
        // nothing that could lead the redirect elsewhere
        assertThat(LaunchEndpoints.caseOf(launch(Map.of("case", "../admin"), null)))
                .isEmpty();
        assertThat(LaunchEndpoints.caseOf(launch(Map.of("case", "x/../../evil.example"), null)))
                .isEmpty();
        assertThat(LaunchEndpoints.sessionCodeOf(launch(Map.of("session_code", "AB12CD"), null)))
                .hasValue("AB12CD");
        assertThat(LaunchEndpoints.sessionCodeOf(launch(Map.of("session_code", "AB&x=1"), null)))
                .isEmpty();
    }

    private static Launch launch(Map<String, Object> custom, String target) {
        Platform p = new Platform(
                1,
                "LMS",
                "https://lms",
                "c",
                List.of("d"),
                "https://lms/a",
                "https://lms/t",
                "https://lms/k",
                false,
                "https://lms");
        return new Launch(
                p,
                "d",
                "s",
                "n",
                Role.TRAINEE,
                LtiClaims.RESOURCE_LINK_REQUEST,
                custom,
                target,
                null,
                List.of(),
                null,
                null);
    }
}
