package com.backinshape.portal.base.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Map;

/** Small helpers every form uses: showing a service's messages next to its fields, the client address. */
public final class Forms {

    private Forms() {}

    /**
     * Shows each message of {@code e} on the field registered under its name; a message for no known field goes into
     * {@code formMessage}.
     */
    public static void showErrors(
            InvalidInputException e, Map<String, ? extends HasValidation> fields, FormMessage formMessage) {
        fields.values().forEach(f -> f.setInvalid(false));
        e.errors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                formMessage.error(message);
            }
        });
        fields.entrySet().stream()
                .filter(f -> f.getValue().isInvalid())
                .findFirst()
                .map(Map.Entry::getValue)
                .filter(f -> f instanceof Component)
                .ifPresent(f -> ((Component) f).getElement().callJsFunction("focus"));
    }

    public static void clearErrors(Map<String, ? extends HasValidation> fields, FormMessage formMessage) {
        fields.values().forEach(f -> f.setInvalid(false));
        formMessage.clear();
    }

    /** The client's address, for per-client rate limits. */
    public static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    /** A message above or below a form, announced to screen readers. */
    public static final class FormMessage extends Div {
        public FormMessage() {
            addClassName("form-message");
            getElement().setAttribute("role", "status");
            getElement().setAttribute("aria-live", "polite");
            setVisible(false);
        }

        public void error(String text) {
            show(text, "error");
        }

        public void success(String text) {
            show(text, "success");
        }

        private void show(String text, String kind) {
            setText(text);
            removeClassNames("error", "success");
            addClassName(kind);
            setVisible(true);
        }

        public void clear() {
            setText("");
            setVisible(false);
        }
    }
}
