package com.backinshape.portal.assessment.ui;

import com.backinshape.portal.assessment.Questionnaire;
import com.backinshape.portal.assessment.Questionnaire.Option;
import com.backinshape.portal.assessment.Questionnaire.Question;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The input for one question of the {@link Questionnaire}, chosen by its type: radio buttons for yes/no, agree/disagree
 * and single choices, checkboxes for several, a 0–10 select for pain, a number field, a text area. Every input carries
 * the question as its label and its id as {@code q-<question id>}. Values go in and out as the raw strings the service
 * takes.
 */
final class AnswerField {

    final Question question;
    final Component component;
    final HasValidation validation;
    private final Supplier<List<String>> getter;
    private final Consumer<List<String>> setter;

    private AnswerField(
            Question question, Component component, Supplier<List<String>> getter, Consumer<List<String>> setter) {
        this.question = question;
        this.component = component;
        this.validation = (HasValidation) component;
        this.getter = getter;
        this.setter = setter;
        component.setId("q-" + question.id());
        component.addClassName("question");
        ((HasValidationProperties) component).setManualValidation(true);
        if (component instanceof AbstractField<?, ?> field) {
            field.setRequiredIndicatorVisible(!question.optional());
        }
    }

    List<String> value() {
        return getter.get();
    }

    void setValue(Map<String, List<String>> answers) {
        setter.accept(answers.getOrDefault(question.id(), List.of()));
    }

    static AnswerField of(Question q) {
        Map<String, Option> options = q.options().stream()
                .collect(Collectors.toMap(Option::value, o -> o, (a, b) -> a, java.util.LinkedHashMap::new));
        return switch (q.type()) {
            case YES_NO, AGREE_DISAGREE, SINGLE_CHOICE -> {
                var radios = new RadioButtonGroup<String>(q.text());
                radios.setItems(options.keySet());
                radios.setItemLabelGenerator(v -> options.get(v).label());
                if (options.values().stream().anyMatch(o -> o.description() != null)) {
                    radios.setRenderer(new ComponentRenderer<>(v -> labelled(options.get(v))));
                }
                if (options.size() > 2) {
                    radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                }
                radios.setHelperText(q.help());
                yield new AnswerField(
                        q,
                        radios,
                        () -> radios.getValue() == null ? List.of() : List.of(radios.getValue()),
                        v -> radios.setValue(v.isEmpty() || !options.containsKey(v.getFirst()) ? null : v.getFirst()));
            }
            case MULTI_CHOICE -> {
                var boxes = new CheckboxGroup<String>(q.text());
                boxes.setItems(options.keySet());
                boxes.setItemLabelGenerator(v -> options.get(v).label());
                boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                boxes.setHelperText(q.help());
                yield new AnswerField(
                        q,
                        boxes,
                        () -> options.keySet().stream()
                                .filter(boxes.getValue()::contains)
                                .toList(),
                        v -> boxes.setValue(v.stream()
                                .filter(options::containsKey)
                                .collect(Collectors.toCollection(LinkedHashSet::new))));
            }
            case SCALE -> {
                int min = Objects.requireNonNullElse(q.min(), 0);
                int max = Objects.requireNonNullElse(q.max(), 10);
                var select = new Select<Integer>();
                select.setLabel(q.text());
                select.setItems(IntStream.rangeClosed(min, max).boxed().toList());
                select.setItemLabelGenerator(
                        n -> n == min ? n + " – no pain" : n == max ? n + " – worst imaginable" : String.valueOf(n));
                select.setPlaceholder("Choose " + min + "–" + max);
                select.setHelperText(q.help());
                yield new AnswerField(
                        q,
                        select,
                        () -> select.getValue() == null
                                ? List.of()
                                : List.of(select.getValue().toString()),
                        v -> select.setValue(number(v)));
            }
            case NUMBER -> {
                var field = new IntegerField(q.text());
                field.setMin(Objects.requireNonNullElse(q.min(), 0));
                if (q.max() != null) {
                    field.setMax(q.max());
                }
                field.setStepButtonsVisible(true);
                field.setHelperText(q.help());
                yield new AnswerField(
                        q,
                        field,
                        () -> field.getValue() == null
                                ? List.of()
                                : List.of(field.getValue().toString()),
                        v -> field.setValue(number(v)));
            }
            case TEXT -> {
                var area = new TextArea(q.text());
                if (q.maxLength() != null) {
                    area.setMaxLength(q.maxLength());
                    area.setHelperText("Up to " + q.maxLength() + " characters.");
                }
                area.setWidthFull();
                yield new AnswerField(
                        q,
                        area,
                        () -> area.getValue().isBlank() ? List.of() : List.of(area.getValue()),
                        v -> area.setValue(v.isEmpty() ? "" : v.getFirst()));
            }
        };
    }

    private static Component labelled(Option option) {
        var label = new Span(option.label());
        label.addClassName("option-label");
        var div = new Div(label);
        if (option.description() != null) {
            var description = new Span(option.description());
            description.addClassName("option-description");
            div.add(description);
        }
        return div;
    }

    private static Integer number(List<String> values) {
        try {
            return values.isEmpty() ? null : Integer.valueOf(values.getFirst());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
