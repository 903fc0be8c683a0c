package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.AuditLog;
import com.backinshape.portal.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks for the reason an action needs (kept in the audit log) and runs it on "Confirm". Extra fields (e.g. a refund
 * amount) go above the reason; a refusal shows each message next to its field.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div extras = new Div();
    private final Button confirm;

    ReasonDialog(String title, String explanation, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setId("reason");
        reason.setMaxLength(AuditLog.REASON_MAX);
        reason.setHelperText("Kept in the audit log.");
        reason.setWidthFull();
        confirm = new Button("Confirm", e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                show(ex.errors());
            }
        });
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        add(new Paragraph(explanation), extras, reason);
        getFooter().add(cancel, confirm);
    }

    /** For an action that cannot be undone: "Confirm" is styled as destructive. */
    ReasonDialog destructive() {
        confirm.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        return this;
    }

    /** Adds {@code field} above the reason; the service's message for {@code key} appears on it. */
    <C extends Component & HasValidation> ReasonDialog with(String key, C field) {
        fields.put(key, field);
        extras.add(field);
        return this;
    }

    private void show(Map<String, String> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        reason.setInvalid(false);
        errors.forEach((key, message) -> {
            HasValidation target = fields.getOrDefault(key, reason);
            target.setErrorMessage(target.isInvalid() ? target.getErrorMessage() + " " + message : message);
            target.setInvalid(true);
        });
    }
}
