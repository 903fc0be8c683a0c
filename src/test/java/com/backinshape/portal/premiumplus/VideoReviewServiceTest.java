package com.backinshape.portal.premiumplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import com.backinshape.portal.premiumplus.VideoReviewService.RequestForm;
import com.backinshape.portal.programme.PremiumTestBase;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Premium Plus: one video review a month, emailed to the clinic without health details, and a stable discount code. */
class VideoReviewServiceTest extends PremiumTestBase {

    /** START is 26 November 2026 in London. */
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Autowired
    VideoReviewService reviews;

    @Autowired
    VideoReviewRequests adminList;

    @Autowired
    OutboxEmailRepository outbox;

    private OutboxEmail awaitEmail(String key) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> outbox.findByDedupKey(key).orElse(null), e -> e != null);
    }

    @Test
    void free_and_premium_members_are_refused_the_review_and_the_discount_code() {
        signedInMember("Fin", Tier.FREE);
        assertThat(reviews.hasPremiumPlus()).isFalse();
        assertThatThrownBy(() -> reviews.request(new RequestForm(DEC_1, TimeWindow.MORNING, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.discountCode()).isInstanceOf(AccessDeniedException.class);

        signedInMember("Pia", Tier.PREMIUM);
        assertThatThrownBy(() -> reviews.request(new RequestForm(DEC_1, TimeWindow.MORNING, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.thisMonth()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void one_request_a_calendar_month_reaches_the_clinic_without_the_note_and_the_member_gets_a_confirmation() {
        long id = signedInMember("Pat", Tier.PREMIUM_PLUS);

        var request = reviews.request(new RequestForm(DEC_1, TimeWindow.AFTERNOON, "My left hip after sitting"));

        assertThat(reviews.thisMonth()).hasValue(request);
        assertThatThrownBy(() -> reviews.request(new RequestForm(DEC_1, TimeWindow.MORNING, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(InvalidInputException.FORM))
                                .contains("already requested"));
        OutboxEmail clinic = awaitEmail("video-review:" + request.id());
        assertThat(clinic.getToAddress()).isEqualTo("hello@backinshapeapp.com");
        assertThat(clinic.getTextBody())
                .contains("Pat")
                .contains("1 December 2026")
                .contains("Afternoon")
                .doesNotContain("hip");
        assertThat(awaitEmail("video-review-confirmation:" + request.id()).getMemberId())
                .isEqualTo(id);

        clock.set(java.time.Instant.parse("2026-12-01T00:30:00Z"));
        assertThat(reviews.thisMonth()).as("a new month in London").isEmpty();
        assertThat(reviews.request(new RequestForm(DEC_1.plusDays(3), TimeWindow.EVENING, null))
                        .id())
                .isNotEqualTo(request.id());
    }

    @Test
    void a_request_needs_a_date_from_today_a_time_of_day_and_a_short_note() {
        signedInMember("Ivy", Tier.PREMIUM_PLUS);

        assertThatThrownBy(() -> reviews.request(new RequestForm(LocalDate.of(2026, 11, 25), null, "x".repeat(501))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKeys("preferredDate", "window", "note"));
        assertThat(reviews.thisMonth()).isEmpty();
    }

    @Test
    void the_discount_code_is_the_same_on_every_visit_and_different_for_each_member() {
        signedInMember("Cal", Tier.PREMIUM_PLUS);
        String first = reviews.discountCode();
        assertThat(reviews.discountCode()).isEqualTo(first).matches("BIS-[2-9A-Z]{5}-[2-9A-Z]{5}");

        signedInMember("Cy", Tier.PREMIUM_PLUS);
        assertThat(reviews.discountCode()).isNotEqualTo(first);
    }

    @Test
    void admins_list_the_requests_newest_first_and_members_cannot() {
        signedInMember("Lou", Tier.PREMIUM_PLUS);
        var request = reviews.request(new RequestForm(DEC_1, TimeWindow.MORNING, null));
        assertThatThrownBy(() -> adminList.recent(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        signIn(members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId());
        assertThat(adminList.recent(PageRequest.of(0, 50)).getContent())
                .anySatisfy(s -> assertThat(s.id()).isEqualTo(request.id()));

        navigate(com.backinshape.portal.admin.ui.VideoReviewsView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<VideoReviewRequests.Summary> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("video-reviews");
        assertThat(test(grid).getRow(0).id()).isEqualTo(request.id());
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("1 December 2026");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("To arrange");
    }
}
