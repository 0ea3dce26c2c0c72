package org.boundarylab.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.Characteristic;
import org.springframework.security.access.AccessDeniedException;

/** The end of a case: a card per segment (what you said, the key, points) and the total. */
@Route("attempt/:attemptId/summary")
@PageTitle("Summary · Boundary Lab")
@PermitAll
public class SummaryView extends Main implements BeforeEnterObserver {

    private final AttemptService attempts;
    final Div cards = new Div();
    final Span total = new Span();

    public SummaryView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("page");
        cards.addClassName("summary-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        AttemptState state;
        try {
            id = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
            state = attempts.get(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new H1("Attempt not found"), new Paragraph("There is no such attempt of yours. See My attempts."));
            return;
        }
        render(state);
    }

    private void render(AttemptState state) {
        removeAll();
        if (state.sessionId().isPresent() && !state.completed()) {
            // a live session decides when feedback shows; the summary waits for the end of the case
            Anchor back = new Anchor("session/" + state.sessionId().get(), "Back to the session");
            back.addClassNames("button-link", "primary");
            add(
                    new H1("So far: " + state.vignette().vignette().title()),
                    new Paragraph(
                            "This case is part of a live session. Your summary and feedback appear here when you finish it."),
                    back);
            return;
        }
        H1 title = new H1(
                state.completed()
                        ? "Summary: " + state.vignette().vignette().title()
                        : "So far: " + state.vignette().vignette().title());
        total.setText(PointsFormat.outOf(state.score(), state.maxScore()) + " points");
        total.addClassName("total-score");
        OptionalDouble segmentMaximum = segmentMaximum(state);
        // the same line as the reports and the PDF: one account of how a total comes about
        Paragraph cbm = new Paragraph(org.boundarylab.training.AttemptTotal.HOW
                + (segmentMaximum.isEmpty()
                        ? ""
                        : " Each segment is worth up to " + PointsFormat.withUnit(segmentMaximum.getAsDouble()) + "."));
        cbm.addClassName("hint");
        Div header = new Div(title, total, cbm);
        header.addClassName("summary-header");
        cards.removeAll();
        int n = 1;
        for (AnsweredSegment a : state.answered()) {
            cards.add(card(n++, a));
        }
        state.knowledge().ifPresent(k -> cards.add(knowledgeCard(k, state.before())));
        Anchor again = state.sessionId().isPresent()
                ? new Anchor("session/" + state.sessionId().get(), "Back to the session")
                : new Anchor(
                        "case/" + state.vignette().id(),
                        state.completed() ? "Take this case again" : "Continue the case");
        again.addClassName("button-link");
        Anchor library = new Anchor("", "Try another case");
        library.addClassNames("button-link", "primary");
        Div actions = state.sessionId().isPresent() ? new Div(again) : new Div(library, again);
        if (state.sessionId().isPresent()) {
            again.addClassName("primary");
        }
        actions.addClassName("summary-actions");
        add(header, cards, actions);
    }

    /** The most a judged segment was worth, as the rules recorded it; none before a segment is judged. */
    private static OptionalDouble segmentMaximum(AttemptState state) {
        return state.answered().stream()
                .mapToDouble(a -> a.assessment().maxScore())
                .max();
    }

    private static Article card(int number, AnsweredSegment a) {
        H2 heading = new H2("Segment " + number);
        Span points = new Span(PointsFormat.label(a.points()));
        points.addClassName("points");
        if (a.overridden()) {
            points.setTitle("Changed by your supervisor; the rule base gave "
                    + PointsFormat.signed(a.assessment().score()));
            points.setText(PointsFormat.label(a.points()) + " (changed by your supervisor)");
        }
        Div head = new Div(heading, points);
        head.addClassName("card-head");
        Paragraph said = new Paragraph("You said: " + describe(a.judgment().marked()) + " ("
                + Wording.certainty(a.judgment().confidence()).toLowerCase() + ")");
        Paragraph key = new Paragraph("The key: " + describe(a.segment().key()));
        Div verdict = new Div(Wording.badge(
                a.assessment().fullyRight()
                        ? new Wording.Tone("good", com.vaadin.flow.component.icon.VaadinIcon.CHECK_CIRCLE, "All right")
                        : new Wording.Tone(
                                "warn",
                                com.vaadin.flow.component.icon.VaadinIcon.EXCLAMATION_CIRCLE,
                                a.assessment().correctCount() + " of "
                                        + a.assessment().outcomes().size() + " right")));
        Div messages = new Div();
        messages.addClassName("card-feedback");
        a.correction().ifPresent(c -> messages.add(FeedbackPanel.readingNote(c.note())));
        for (FeedbackItem f : a.feedback()) {
            if (!f.code().startsWith("EVIDENCE")) {
                Paragraph p = new Paragraph(f.message());
                p.addClassName("tone-" + Wording.feedback(f.code()).tone());
                messages.add(p);
            }
        }
        Article card = new Article(head, verdict, said, key, messages);
        card.addClassName("summary-card");
        return card;
    }

    private static Article knowledgeCard(
            org.boundarylab.training.AnsweredQuestion k,
            java.util.Optional<org.boundarylab.training.AnsweredQuestion> before) {
        H2 heading = new H2("Knowledge check");
        Span points = new Span(PointsFormat.label(k.assessment().score()));
        points.addClassName("points");
        Div head = new Div(heading, points);
        head.addClassName("card-head");
        Paragraph named = new Paragraph("You named: " + describe(k.assessment().named()));
        Paragraph missed = new Paragraph("Not named: "
                + (k.assessment().missed().isEmpty()
                        ? "none"
                        : describe(k.assessment().missed())));
        Article card = new Article(head, new Paragraph(k.question().text()), named, missed);
        // what the case taught: the same question before the first segment (not scored) and at the end
        before.ifPresent(b -> card.add(KnowledgeCheckPanel.change(b, k)));
        card.addClassName("summary-card");
        return card;
    }

    private static String describe(Set<Characteristic> set) {
        return set.isEmpty()
                ? "none of the four"
                : set.stream().sorted().map(Characteristic::label).collect(Collectors.joining(", "));
    }
}
