package com.backinshape.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartBackWordingTest {

    private static String file(String name) throws URISyntaxException {
        return Path.of(StartBackWordingTest.class
                        .getResource("/assessment/" + name)
                        .toURI())
                .toString();
    }

    @Test
    void without_a_licensed_file_the_paraphrase_is_used_and_the_tool_is_not_named() {
        StartBackWording wording = StartBackWording.fromFile("");
        Questionnaire.Question item1 =
                Questionnaire.current().question("start-back-1").orElseThrow();

        assertThat(wording.licensed()).isFalse();
        assertThat(wording.apply(item1)).isSameAs(item1);
        for (RiskGroup group : RiskGroup.values()) {
            assertThat(ResultWording.riskGroup(group) + ResultWording.riskMeaning(group))
                    .doesNotContainIgnoringCase("STarT")
                    .contains("slow recovery".substring(0, 4));
        }
    }

    @Test
    void the_clinics_licensed_file_replaces_the_item_texts_and_carries_the_licence() throws Exception {
        StartBackWording wording = StartBackWording.fromFile(file("licensed-start-back.json"));

        assertThat(wording.licensed()).isTrue();
        assertThat(wording.apply(
                                Questionnaire.current().question("start-back-9").orElseThrow())
                        .text())
                .isEqualTo("Licensed item 9 text.");
        assertThat(wording.apply(Questionnaire.current()
                                .question(Questionnaire.PAIN_NOW)
                                .orElseThrow())
                        .text())
                .isEqualTo(Questionnaire.current()
                        .question(Questionnaire.PAIN_NOW)
                        .orElseThrow()
                        .text());
        assertThat(wording.licence()).hasValueSatisfying(l -> assertThat(l).contains("Keele"));
    }

    @Test
    void a_licensed_file_missing_an_item_stops_the_application_at_start() {
        assertThatThrownBy(() -> StartBackWording.fromFile(file("licensed-start-back-missing-item.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item 9");
    }
}
