package com.backinshape.portal.reminders;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.ui.AccountView;
import com.backinshape.portal.account.ui.HomeView;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import com.backinshape.portal.reminders.ui.EmailPreferencesView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** "Programme reminders" on the account page and home, and the email preferences page without signing in. */
@RecordApplicationEvents
class ReminderPagesTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssessmentService assessments;

    @Autowired
    EmailPreferenceRepository preferences;

    @Autowired
    PreferenceLinks links;

    @Autowired
    ReminderService reminderService;

    private long memberWithProgramme(String name) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
        Members.signIn(members, tx, id);
        Questionnaires.take(assessments, answers().build());
        return id;
    }

    @Test
    void reminders_are_off_by_default_need_a_day_and_are_saved_with_days_and_time() {
        long id = memberWithProgramme("Ola");
        navigate(AccountView.class);

        assertThat($(Checkbox.class).id("reminders-on").getValue()).isFalse();
        test($(Checkbox.class).id("reminders-on")).click();
        test($(Button.class).id("reminders-save")).click();
        var days = $(CheckboxGroup.class).id("reminders-days");
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Choose at least one day.");
        assertThat(preferences.findByMemberId(id).map(p -> p.isRemindersOn()).orElse(false))
                .isFalse();

        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> group = days;
        group.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        $(TimePicker.class).id("reminders-time").setValue(LocalTime.of(7, 15));
        test($(Button.class).id("reminders-save")).click();

        var saved = preferences.findByMemberId(id).orElseThrow();
        assertThat(saved.isRemindersOn()).isTrue();
        assertThat(saved.getReminderDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(saved.getReminderTime()).isEqualTo(LocalTime.of(7, 15));
    }

    @Test
    void home_offers_reminders_once_after_the_first_programme_is_ready() {
        memberWithProgramme("Pia");

        navigate(HomeView.class);
        assertThat($(Section.class).id("offer-reminders-section").isVisible()).isTrue();
        navigate(HomeView.class);
        assertThat($(Section.class).all()).noneMatch(s -> s.getId().orElse("").equals("offer-reminders-section"));
    }

    @Test
    void the_preferences_link_unsubscribes_without_signing_in_and_says_so_and_an_expired_link_says_it_expired() {
        long id = memberWithProgramme("Rex");
        reminderService.choose(true, Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0));
        String page = links.forMember(id).page();
        String token = page.substring(page.indexOf("token=") + "token=".length());
        SecurityContextHolder.clearContext();

        openPreferences(token);
        assertThat($(Paragraph.class).id("preferences-status").getText())
                .isEqualTo("You get programme reminders by email.");
        test($(Button.class).id("unsubscribe")).click();
        assertThat($(Paragraph.class).id("preferences-status").getText()).startsWith("You're unsubscribed.");
        assertThat(preferences.findByMemberId(id).orElseThrow().isRemindersOn()).isFalse();

        clock.advance(Duration.ofDays(61));
        openPreferences(token);
        assertThat($(Paragraph.class).id("preferences-status").getText()).startsWith("This link has expired.");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("unsubscribe"));
    }

    private void openPreferences(String token) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("email-preferences", com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat(getCurrentView()).isInstanceOf(EmailPreferencesView.class);
    }
}
