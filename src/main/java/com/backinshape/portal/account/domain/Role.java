package com.backinshape.portal.account.domain;

/** What an account may do. Admins are clinic staff. */
public enum Role {
    MEMBER,
    ADMIN
}
