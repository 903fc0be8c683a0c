package com.backinshape.portal.assessment;

import com.backinshape.portal.base.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers that are missing or out of range, one message per question (keyed by the question's id in
 * {@link Questionnaire}). Views show each message next to its question.
 */
public class InvalidAnswersException extends InvalidInputException {

    private final String message;

    public InvalidAnswersException(Map<String, String> errors) {
        super(errors);
        this.message = "Invalid questionnaire answers: "
                + new LinkedHashMap<>(errors)
                        .entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining("; "));
    }

    @Override
    public String getMessage() {
        return message;
    }
}
