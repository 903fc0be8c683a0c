package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.AccountEvents.EmailChangeLinkIssued;
import com.backinshape.portal.account.AccountEvents.EmailChanged;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class EmailChangeTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_new_email_takes_effect_only_once_confirmed_from_the_new_inbox_and_the_old_address_is_told() {
        String oldEmail = Members.uniqueEmail("old");
        String newEmail = Members.uniqueEmail("new");
        long id = Members.verifiedMember(signup, events, "Nia", oldEmail);
        Members.signIn(members, tx, id);

        accounts.requestEmailChange(newEmail, Members.PASSWORD, "203.0.113.90");

        assertThat(Members.reload(members, id).getEmail()).isEqualTo(oldEmail);
        assertThat(accounts.profile().pendingEmail()).isEqualTo(newEmail);
        EmailChangeLinkIssued link =
                events.stream(EmailChangeLinkIssued.class).findFirst().orElseThrow();
        assertThat(link.newEmail()).isEqualTo(newEmail);
        assertThat(link.link()).startsWith("http://localhost:8080/account/confirm-email?token=");

        accounts.confirmEmailChange(link.link().substring(link.link().indexOf("token=") + 6));

        assertThat(Members.reload(members, id).getEmail()).isEqualTo(newEmail);
        assertThat(events.stream(EmailChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.oldEmail()).isEqualTo(oldEmail));
    }

    @Test
    void a_wrong_password_or_the_same_address_is_explained_and_nothing_is_sent() {
        String email = Members.uniqueEmail("same");
        long id = Members.verifiedMember(signup, events, "Sam", email);
        Members.signIn(members, tx, id);

        assertThatThrownBy(
                        () -> accounts.requestEmailChange(Members.uniqueEmail("x"), "wrong password", "203.0.113.91"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("currentPassword"));
        assertThatThrownBy(() -> accounts.requestEmailChange(email.toUpperCase(), Members.PASSWORD, "203.0.113.91"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("newEmail"));
        assertThat(events.stream(EmailChangeLinkIssued.class)).isEmpty();
    }

    @Test
    void an_address_that_belongs_to_another_account_gets_no_link_and_no_hint() {
        String taken = Members.uniqueEmail("taken");
        Members.verifiedMember(signup, events, "Tia", taken);
        long id = Members.verifiedMember(signup, events, "Uma", Members.uniqueEmail("uma"));
        Members.signIn(members, tx, id);

        accounts.requestEmailChange(taken, Members.PASSWORD, "203.0.113.92");

        assertThat(events.stream(EmailChangeLinkIssued.class)).isEmpty();
    }
}
