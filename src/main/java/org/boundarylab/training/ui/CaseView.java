package org.boundarylab.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boundarylab.base.ui.ListenButton;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptException;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.PhraseLocator;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.springframework.modulith.NamedInterface;

/**
 * The judgment screen: the story on the left (earlier segments dimmed, the current one large, its
 * clauses selectable as evidence), the judgment panel on the right, then the feedback.
 */
@Route("case/:vignetteId")
@PageTitle("Case · Boundary Lab")
@PermitAll
@NamedInterface("ui")
public class CaseView extends Main implements BeforeEnterObserver {

    protected final AttemptService attempts;
    final Section story = new Section();
    final Div panel = new Div();
    JudgmentForm form;
    FeedbackPanel feedback;
    KnowledgeCheckPanel knowledge;
    protected AttemptState state;
    private final Set<String> clauseEvidence = new LinkedHashSet<>();
    private final Set<String> extraEvidence = new LinkedHashSet<>();

    public CaseView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("case-page");
        story.addClassName("story");
        story.getElement().setAttribute("aria-label", "The case");
        panel.addClassName("panel-column");
        add(story, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String vignetteId = event.getRouteParameters().get("vignetteId").orElse("");
        try {
            state = attempts.startOrResume(vignetteId);
        } catch (AttemptException e) {
            showMessage("Case not found", e.getMessage() + " Choose a case from the library.");
            return;
        }
        showNext();
    }

    /** Replaces the page with a heading and a message (a missing case, a paused session, ...). */
    protected void showMessage(String heading, String message, com.vaadin.flow.component.Component... actions) {
        story.removeAll();
        story.addClassName("message");
        panel.removeAll();
        Div box = new Div(actions);
        box.addClassName("message-actions");
        story.add(new H1(heading), new Paragraph(message), box);
    }

    /** Stores the judgment; a live session applies its own rules here. */
    protected AnsweredSegment store(Judgment judgment) {
        return attempts.submit(state.attemptId(), judgment);
    }

    /** Whether the feedback on this answer may be shown now (a live session may hold it back). */
    protected boolean feedbackVisible(AnsweredSegment answered) {
        return true;
    }

    /** After the last segment (and the recall question): the summary. */
    protected void finished() {
        getUI().ifPresent(ui -> ui.navigate("attempt/" + state.attemptId() + "/summary"));
    }

    protected void showNext() {
        clauseEvidence.clear();
        extraEvidence.clear();
        Segment next = state.nextSegment().orElse(null);
        if (state.awaitsRecallBefore()) {
            showQuestion(true);
            return;
        }
        if (next == null && state.awaitsAnswer()) {
            showQuestion(false);
            return;
        }
        if (next == null) {
            finished();
            return;
        }
        renderStory(next, null);
        form = new JudgmentForm(next.id(), this::submit);
        feedback = null;
        panel.removeAll();
        panel.add(form);
        // the page starts at its top; past the first segment, at the current one (the story so far is above it)
        getElement()
                .executeJs("const c = document.querySelector('vaadin-app-layout');"
                        + "const s = c && c.shadowRoot && c.shadowRoot.querySelector('[part~=\"content\"]'); if (s) { s.scrollTop = 0; }"
                        + "window.scrollTo(0, 0); const now = this.querySelector('.earlier') && this.querySelector('.current-segment');"
                        + "if (now) { now.scrollIntoView({block: 'start'}); }");
    }

    private void submit(Judgment judgment) {
        try {
            AnsweredSegment answered = store(judgment);
            state = attempts.get(state.attemptId());
            if (feedbackVisible(answered)) {
                showFeedback(answered);
            } else {
                showRecorded(answered);
            }
        } catch (AttemptException e) {
            form.showRefusal(e);
        }
    }

    /** The feedback panel for an answer, with the expert's cues beside the trainee's highlights. */
    protected void showFeedback(AnsweredSegment answered) {
        renderStory(answered.segment(), answered);
        String nextLabel = state.nextSegment().isPresent()
                ? "Next segment"
                : state.awaitsAnswer() ? "On to the knowledge check" : finishLabel();
        feedback = new FeedbackPanel(answered, nextLabel, this::showNext);
        panel.removeAll();
        panel.add(feedback);
        feedback.heading.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'nearest'})");
    }

    protected String finishLabel() {
        return "See your summary";
    }

    /** The answer is stored, but its feedback waits (a deferred or supervisor-reveal session). */
    protected void showRecorded(AnsweredSegment answered) {
        renderStory(answered.segment(), null, false);
        panel.removeAll();
        panel.add(recordedPanel(answered));
    }

    /** What the panel says while feedback waits; a session says what it waits for. */
    protected com.vaadin.flow.component.Component recordedPanel(AnsweredSegment answered) {
        Button next = new Button(state.nextSegment().isPresent() ? "Next segment" : finishLabel(), e -> showNext());
        next.setId("next-segment");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section recorded = new Section(
                new com.vaadin.flow.component.html.H2("Answer recorded"),
                new Paragraph("Your judgment is saved. Feedback comes at the end of the case."),
                next);
        recorded.addClassNames("judgment-panel", "recorded-panel");
        return recorded;
    }

    /** The recall question: before the first segment (not scored), or the one that ends the case. */
    private void showQuestion(boolean before) {
        Vignette v = state.vignette().vignette();
        story.removeAll();
        H1 title = new H1(v.title());
        Span progressText =
                new Span(before ? "Before the first segment: what do you already know?" : "Knowledge check");
        progressText.addClassName("progress-text");
        Article question = new Article();
        question.addClassName("current-segment");
        Span label = new Span("Question");
        label.addClassName("segment-label");
        String text = v.knowledgeCheck().orElseThrow().text();
        Div labelRow = new Div(label, new ListenButton("the question", () -> text));
        labelRow.addClassName("segment-label-row");
        Paragraph p = new Paragraph(text);
        p.addClassName("segment-text");
        question.add(labelRow, p);
        Div header = new Div(title, progressText);
        header.addClassName("story-header");
        story.removeClassName("message");
        story.add(header, question);
        knowledge = before ? new KnowledgeCheckPanel(this::answerBefore, true) : new KnowledgeCheckPanel(this::answer);
        panel.removeAll();
        panel.add(knowledge);
    }

    private void answerBefore(String text) {
        try {
            state = attempts.answerRecallBefore(state.attemptId(), text);
            showNext();
        } catch (AttemptException e) {
            knowledge.showError(e.getMessage());
        }
    }

    private void answer(String text) {
        try {
            var answered = attempts.answerQuestion(state.attemptId(), text);
            state = attempts.get(state.attemptId());
            knowledge = new KnowledgeCheckPanel(answered, state.before(), this::showNext);
            panel.removeAll();
            panel.add(knowledge);
        } catch (AttemptException e) {
            knowledge.showError(e.getMessage());
        }
    }

    private void renderStory(Segment current, AnsweredSegment answered) {
        renderStory(current, answered, true);
    }

    /** With {@code selectable} false and no answer, the segment is shown as plain text (answered, feedback held back). */
    private void renderStory(Segment current, AnsweredSegment answered, boolean selectable) {
        Vignette v = state.vignette().vignette();
        story.removeAll();
        int index = v.indexOf(current.id());
        H1 title = new H1(v.title());
        Span progressText =
                new Span("Segment " + (index + 1) + " of " + v.segments().size());
        progressText.addClassName("progress-text");
        ProgressBar progress = new ProgressBar(0, v.segments().size(), index + (answered == null ? 0 : 1));
        progress.getElement().setAttribute("aria-label", progressText.getText());
        Paragraph source = new Paragraph("Source: " + v.source());
        source.addClassName("case-source");
        // one line here; the full citation is in its tooltip and on the References page
        source.getElement().setAttribute("title", v.source());
        Div header = new Div(title, source, progressText, progress);
        header.addClassName("story-header");
        story.removeClassName("message");
        story.add(header);
        if (index == 0) {
            Paragraph summary = new Paragraph(v.summary());
            summary.addClassName("case-summary");
            story.add(summary);
        } else {
            // the story so far sits in the page's own flow, readable (not a nested scroll box)
            Section earlier = new Section();
            earlier.addClassName("earlier");
            earlier.getElement().setAttribute("aria-label", "The story so far");
            earlier.add(new Paragraph(v.summary()));
            for (int i = 0; i < index; i++) {
                earlier.add(segmentArticle(i + 1, v.segments().get(i).text(), "earlier-segment"));
            }
            story.add(earlier);
        }
        Article now = new Article();
        now.addClassName("current-segment");
        Span label = new Span("Segment " + (index + 1));
        label.addClassName("segment-label");
        Div labelRow = new Div(label, new ListenButton("the segment", current::text));
        labelRow.addClassName("segment-label-row");
        now.add(labelRow);
        if (answered == null && !selectable) {
            Paragraph p = new Paragraph(current.text());
            p.addClassName("segment-text");
            now.add(p);
        } else if (answered == null) {
            now.add(SegmentText.selectable(current.text(), clauseEvidence, List.copyOf(extraEvidence), chosen -> {
                clauseEvidence.clear();
                clauseEvidence.addAll(chosen);
                updateEvidence();
            }));
            Paragraph help = new Paragraph("Mark your evidence: click a phrase, or Tab to it and press Space. "
                    + "You can also select words with the mouse and press “Add selected words”.");
            help.addClassName("hint");
            Button addSelection =
                    new Button("Add selected words", VaadinIcon.TEXT_INPUT.create(), e -> addSelection(current));
            addSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            addSelection.setId("add-selection");
            now.add(legend(false), help, addSelection, extraEvidenceList());
        } else {
            now.add(SegmentText.comparison(current.text(), answered.judgment().evidence(), current.allCues()));
            now.add(legend(true));
        }
        story.add(now);
    }

    /** What the marks in the text mean: the trainee's highlights, and after feedback the expert's cues. */
    static Paragraph legend(boolean withCues) {
        Paragraph legend = new Paragraph();
        legend.addClassName("legend");
        Span mine = new Span("Your highlight");
        mine.addClassName("mine");
        legend.add(new Span("Marks: "), mine, new Span(" (underlined)"));
        if (withCues) {
            Span expert = new Span("Expert cue");
            expert.addClassName("expert");
            legend.add(new Span(" · "), expert, new Span(" (shaded, dashed border)"));
        }
        return legend;
    }

    private void addSelection(Segment current) {
        getElement().executeJs("return window.getSelection().toString()").then(String.class, selected -> {
            String phrase = selected == null ? "" : selected.strip().replaceAll("\\s+", " ");
            if (phrase.isEmpty()) {
                form.showError("Select some words in the segment first, then press “Add selected words”.");
            } else if (!new PhraseLocator(current.text()).contains(phrase)) {
                form.showError("Only whole words from the current segment can be evidence.");
            } else {
                extraEvidence.add(phrase);
                renderStory(current, null);
                updateEvidence();
            }
        });
    }

    private Div extraEvidenceList() {
        Div list = new Div();
        list.addClassName("extra-evidence");
        for (String phrase : extraEvidence) {
            Button remove = new Button("“" + phrase + "”", VaadinIcon.CLOSE_SMALL.create(), e -> {
                extraEvidence.remove(phrase);
                state.nextSegment().ifPresent(s -> renderStory(s, null));
                updateEvidence();
            });
            remove.setIconAfterText(true);
            // the name starts with what the chip shows (WCAG 2.5.3), then says what pressing it does
            remove.setAriaLabel("“" + phrase + "”: remove this highlight");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            list.add(remove);
        }
        return list;
    }

    private void updateEvidence() {
        List<String> all = new ArrayList<>(clauseEvidence);
        all.addAll(extraEvidence);
        if (form != null) {
            form.setEvidence(all);
        }
    }

    private static Article segmentArticle(int number, String text, String className) {
        Span label = new Span("Segment " + number);
        label.addClassName("segment-label");
        Paragraph p = new Paragraph(text);
        p.addClassName("segment-text");
        Article a = new Article(label, p);
        a.addClassName(className);
        return a;
    }
}
