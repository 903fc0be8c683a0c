package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.programme.ProgrammeService.SessionEntry;
import com.backinshape.portal.programme.SessionFeedback;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.stream.IntStream;

/** "Log today's session": done, pain 0–10, how it felt, an optional note. Fires {@link SaveEvent}. */
class SessionLogForm extends Div {

    static final int NOTE_MAX = 500;

    private final Checkbox done = new Checkbox("I did this session");
    private final Select<Integer> pain = new Select<>();
    private final RadioButtonGroup<SessionFeedback> feedback = new RadioButtonGroup<>("How did it feel?");
    private final TextArea note = new TextArea("Note (optional)");
    private final Button save = new Button("Save session");
    private final Forms.FormMessage message = new Forms.FormMessage();
    private final RadioButtonGroup<String> legSymptoms = new RadioButtonGroup<>(LEG_SYMPTOMS_QUESTION);
    private final Map<String, HasValidation> fields =
            Map.of("pain", pain, "feedback", feedback, "note", note, "legSymptoms", legSymptoms);

    static final String LEG_SYMPTOMS_QUESTION = "Any new pain, tingling or numbness in your legs?";

    SessionLogForm() {
        this(false);
    }

    /** @param askLegSymptoms whether to ask {@link #LEG_SYMPTOMS_QUESTION} (the strength log does) */
    SessionLogForm(boolean askLegSymptoms) {
        addClassNames("portal-card", "session-log");
        setId("session-log");
        done.setId("log-done");
        pain.setLabel("Pain after the session (0 to 10)");
        pain.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
        pain.setItemLabelGenerator(n -> n == 0 ? "0 – no pain" : n == 10 ? "10 – worst imaginable" : String.valueOf(n));
        pain.setPlaceholder("Choose 0–10");
        pain.setId("log-pain");
        feedback.setItems(SessionFeedback.values());
        feedback.setItemLabelGenerator(f -> switch (f) {
            case TOO_EASY -> "Too easy";
            case ABOUT_RIGHT -> "About right";
            case TOO_HARD -> "Too hard";
        });
        feedback.setId("log-feedback");
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();
        note.setId("log-note");
        pain.setManualValidation(true);
        feedback.setManualValidation(true);
        save.setId("save-session");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        legSymptoms.setItems("YES", "NO");
        legSymptoms.setItemLabelGenerator(v -> v.equals("YES") ? "Yes" : "No");
        legSymptoms.setId("log-leg-symptoms");
        legSymptoms.setManualValidation(true);
        save.addClickListener(e -> fireEvent(new SaveEvent(
                this,
                new SessionEntry(done.getValue(), pain.getValue(), feedback.getValue(), note.getValue()),
                legSymptoms.getValue() == null ? null : legSymptoms.getValue().equals("YES"))));
        add(new H2("Log today's session"), message, done, pain, feedback);
        if (askLegSymptoms) {
            add(legSymptoms);
        }
        add(note, save);
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    void saved(String confirmation) {
        Forms.clearErrors(fields, message);
        done.clear();
        pain.clear();
        feedback.clear();
        note.clear();
        legSymptoms.clear();
        message.success(confirmation);
        save.setEnabled(true);
    }

    /** Shows the errors in place of any earlier message (an old "saved" never stays above new errors). */
    void refused(InvalidInputException e) {
        message.clear();
        Forms.showErrors(e, fields, message);
        save.setEnabled(true);
    }

    static class SaveEvent extends ComponentEvent<SessionLogForm> {
        private final SessionEntry entry;
        private final @org.jspecify.annotations.Nullable Boolean legSymptoms;

        SaveEvent(SessionLogForm source, SessionEntry entry, @org.jspecify.annotations.Nullable Boolean legSymptoms) {
            super(source, false);
            this.entry = entry;
            this.legSymptoms = legSymptoms;
        }

        @org.jspecify.annotations.Nullable
        Boolean legSymptoms() {
            return legSymptoms;
        }

        SessionEntry entry() {
            return entry;
        }
    }
}
