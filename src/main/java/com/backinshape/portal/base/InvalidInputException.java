package com.backinshape.portal.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with one message per field (keyed by the field's name). Views show each message next to its
 * field; nothing was changed.
 */
public class InvalidInputException extends RuntimeException {

    /** Key for a message that belongs to the whole form rather than one field. */
    public static final String FORM = "form";

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super("Invalid input: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects messages field by field, the first message per field winning. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
