package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.MemberRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features reach a member they hold the id of (e.g. to email them about their subscription). For listeners
 * and jobs running as the system; never hand it to a view.
 */
@Service
public class MemberDirectory {

    /** A member's name and current email address. */
    public record Contact(long memberId, String firstName, String email) {}

    private final MemberRepository members;

    MemberDirectory(MemberRepository members) {
        this.members = members;
    }

    /** The member's contact details; none for an erased member, so nothing is sent to them any more. */
    @Transactional(readOnly = true)
    public Optional<Contact> contact(long memberId) {
        return members.findById(memberId)
                .filter(m -> !m.isErased())
                .map(m -> new Contact(memberId, m.getFirstName(), m.getEmail()));
    }
}
