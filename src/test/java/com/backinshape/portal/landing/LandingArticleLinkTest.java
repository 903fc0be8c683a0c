package com.backinshape.portal.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only harmless tracking values travel from an article link to signup. */
class LandingArticleLinkTest {

    @Test
    void keeps_the_four_known_values_in_a_fixed_order() {
        var link = ArticleLink.from(Map.of(
                "utm_campaign",
                "nov",
                "ref",
                "tight-hamstrings",
                "utm_medium",
                "email",
                "utm_source",
                "news_letter.2026",
                "other",
                "x"));

        assertThat(link.appendTo("/signup"))
                .isEqualTo(
                        "/signup?ref=tight-hamstrings&utm_source=news_letter.2026&utm_medium=email&utm_campaign=nov");
    }

    @Test
    void drops_values_with_other_characters_or_over_100_characters() {
        assertThat(ArticleLink.clean("<script>")).isNull();
        assertThat(ArticleLink.clean("tight hamstrings")).isNull();
        assertThat(ArticleLink.clean("a&b=c")).isNull();
        assertThat(ArticleLink.clean("caf\u00e9")).isNull();
        assertThat(ArticleLink.clean("")).isNull();
        assertThat(ArticleLink.clean("a".repeat(101))).isNull();
        assertThat(ArticleLink.clean("a".repeat(100))).hasSize(100);
        assertThat(ArticleLink.clean("  nov-2026 ")).isEqualTo("nov-2026");
    }

    @Test
    void with_nothing_kept_the_link_is_the_bare_path() {
        assertThat(ArticleLink.from(Map.of("ref", "%00")).appendTo("/signup")).isEqualTo("/signup");
    }
}
