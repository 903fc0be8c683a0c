package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.MemberRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a member's older password hash (a lower bcrypt cost) with a current one, at sign-in when the password has
 * just been checked. Only if the stored hash is still the one checked: a password changed in between is kept.
 */
@Component
class MemberPasswordUpgrade implements UserDetailsPasswordService {

    private final MemberRepository members;

    MemberPasswordUpgrade(MemberRepository members) {
        this.members = members;
    }

    /** {@code user} is the principal as loaded (with the stored hash); {@code newPassword} the new hash. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        if (user instanceof MemberPrincipal member && user.getPassword() != null) {
            members.replacePasswordHash(member.memberId(), user.getPassword(), newPassword);
        }
        return user;
    }
}
