package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.AuditLog;
import com.backinshape.portal.base.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason an action needs (kept in the audit log) and runs it on "Confirm". */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String explanation, Consumer<String> action) {
        setHeaderTitle(title);
        var reason = new TextArea("Reason");
        reason.setId("reason");
        reason.setMaxLength(AuditLog.REASON_MAX);
        reason.setHelperText("Kept in the audit log.");
        reason.setWidthFull();
        var confirm = new Button("Confirm", e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(String.join(" ", ex.errors().values()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        add(new Paragraph(explanation), reason);
        getFooter().add(cancel, confirm);
    }
}
