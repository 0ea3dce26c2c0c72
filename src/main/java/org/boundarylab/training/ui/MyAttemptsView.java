package org.boundarylab.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptSummary;

/** The signed-in user's own attempts, newest first, with resume and summary links. */
@Menu(title = "My attempts", order = 20, icon = "vaadin:check-square-o")
@Route("my-attempts")
@PageTitle("My attempts · Boundary Lab")
@PermitAll
public class MyAttemptsView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());
    final Grid<AttemptSummary> grid = new Grid<>(AttemptSummary.class, false);

    final com.vaadin.flow.component.checkbox.Checkbox share =
            new com.vaadin.flow.component.checkbox.Checkbox("Let my supervisors see my private practice");

    public MyAttemptsView(AttemptService attempts, org.boundarylab.account.AccountService accounts) {
        addClassName("page");
        add(new H1("My attempts"));
        // supervisors see the work done in their sessions and on the cases they set; the rest is the
        // trainee's own unless they choose to share it
        share.setValue(accounts.sharesPractice());
        share.setId("share-practice");
        share.setHelperText("Off: your supervisors see only what you did in their sessions and on the cases they set.");
        share.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.setSharePractice(e.getValue());
            }
        });
        add(share);
        List<AttemptSummary> mine = attempts.myAttempts();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("No attempts yet: open the case library and start a case.");
            empty.addClassName("empty-state");
            add(empty, new Anchor("", "Go to the case library"));
            return;
        }
        grid.addColumn(AttemptSummary::vignetteTitle)
                .setHeader("Case")
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(a -> WHEN.format(a.startedAt()))
                .setHeader("Started")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.answered() + " of " + a.segments())
                .setHeader("Judged")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> PointsFormat.outOf(a.score(), a.maxScore()))
                .setHeader("Points")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> a.completed()
                        ? new Anchor("attempt/" + a.attemptId() + "/summary", "Summary")
                        : new Anchor("case/" + a.vignetteId(), "Resume"))
                .setHeader("Open")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My attempts");
        add(grid);
    }
}
