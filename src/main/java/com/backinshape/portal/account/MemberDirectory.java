package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.MemberRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a member is, for the application's own listeners (e.g. the email that follows an event that
 * names only a member id). Never called from a view.
 */
@Service
public class MemberDirectory {

    /** How to address a member. */
    public record Contact(long memberId, String firstName, String email) {
    }

    private final MemberRepository members;

    MemberDirectory(MemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contact(long memberId) {
        return members.findById(memberId).filter(m -> m.isEnabled())
                .map(m -> new Contact(m.requireId(), m.getFirstName(), m.getEmail()));
    }
}
