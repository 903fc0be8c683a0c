package com.backinshape.floor.minimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One text field, one button; a click saves the note and says so on the page. Registered as the root route by
 * {@link MinimalApp} at start rather than by {@code @Route}, so the portal's tests, which share the test class path,
 * never find it as a route of theirs.
 */
@AnonymousAllowed
public class NoteView extends Main {

    private int saved;

    public NoteView(Notes notes) {
        var text = new TextField("Note");
        text.setValue("A note");
        var done = new Paragraph("Nothing saved yet");
        done.setId("saved");
        var save = new Button("Save", e -> {
            notes.save(text.getValue());
            done.setText("Saved note " + (++saved));
        });
        add(text, save, done);
    }
}
