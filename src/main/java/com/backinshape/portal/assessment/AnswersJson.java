package com.backinshape.portal.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of raw answers and of advice notes. */
final class AnswersJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswersJson() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Map<String, List<String>> readAnswers(String json) {
        return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {}));
    }

    static List<String> readNotes(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() {});
    }
}
