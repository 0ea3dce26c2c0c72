package org.boundarylab.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;

/**
 * Reads text aloud with the browser's own speech synthesis: no npm, no outside service. Listen,
 * Pause / Resume, Stop, all from the keyboard. Where the browser has no voice, the button says so.
 */
public class ListenButton extends Span {

    static final String NO_VOICE = "No voice in this browser";
    private static final String SPEAK = """
            const s = window.speechSynthesis;
            if (!s || typeof SpeechSynthesisUtterance === 'undefined') { return 'none'; }
            const voices = s.getVoices().length ? Promise.resolve(s.getVoices()) : new Promise(done => {
              const timer = setTimeout(() => done(s.getVoices()), 1500);
              s.addEventListener('voiceschanged', () => { clearTimeout(timer); done(s.getVoices()); }, {once: true});
            });
            return voices.then(found => {
              if (!found.length) { return 'none'; }
              if (s.speaking && !s.paused) { s.pause(); return 'paused'; }
              if (s.paused) { s.resume(); return 'speaking'; }
              const u = new SpeechSynthesisUtterance($0);
              u.lang = 'en';
              u.onend = () => this.$server.finished();
              u.onerror = () => this.$server.finished();
              s.cancel();
              s.speak(u);
              return 'speaking';
            });""";

    /** Asks the browser for its voices (they may arrive a moment after the page) and tells the server if there are none. */
    private static final String PROBE = """
            const s = window.speechSynthesis;
            if (!s || typeof SpeechSynthesisUtterance === 'undefined') { this.$server.noVoice(); return; }
            if (s.getVoices().length) { return; }
            const timer = setTimeout(() => { if (!s.getVoices().length) { this.$server.noVoice(); } }, 1500);
            s.addEventListener('voiceschanged', () => { if (s.getVoices().length) { clearTimeout(timer); } }, {once: true});""";

    final Button listen = new Button("Listen", VaadinIcon.VOLUME_UP.create());
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    private final String what;

    /**
     * @param what what is read, for the screen reader label ("the segment", "the feedback")
     * @param text the text to read when pressed
     */
    public ListenButton(String what, Supplier<String> text) {
        this.what = what;
        addClassName("listen");
        listen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // each accessible name starts with the button's visible word (WCAG 2.5.3, label in name)
        listen.setAriaLabel("Listen to " + what);
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        stop.setAriaLabel("Stop reading " + what);
        // say "No voice" before anyone presses Listen, not after
        addAttachListener(e -> getElement().executeJs(PROBE));
        stop.setVisible(false);
        listen.addClickListener(e -> getElement().executeJs(SPEAK, text.get()).then(String.class, this::show));
        stop.addClickListener(e -> {
            getElement().executeJs("window.speechSynthesis && window.speechSynthesis.cancel()");
            finished();
        });
        add(listen, stop);
    }

    @ClientCallable
    void noVoice() {
        show("none");
    }

    @ClientCallable
    void finished() {
        show("idle");
    }

    private void show(String state) {
        switch (state) {
            case "speaking" -> label("Pause", VaadinIcon.PAUSE, "Pause reading " + what, true);
            case "paused" -> label("Resume", VaadinIcon.PLAY, "Resume reading " + what, true);
            case "none" -> {
                label(NO_VOICE, VaadinIcon.VOLUME_OFF, NO_VOICE + ": reading aloud is not available", false);
                listen.setEnabled(false);
            }
            default -> label("Listen", VaadinIcon.VOLUME_UP, "Listen to " + what, false);
        }
    }

    private void label(String text, VaadinIcon icon, String aria, boolean stoppable) {
        listen.setText(text);
        listen.setIcon(icon.create());
        listen.setAriaLabel(aria);
        stop.setVisible(stoppable);
    }
}
