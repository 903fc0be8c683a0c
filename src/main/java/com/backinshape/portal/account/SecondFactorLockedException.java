package com.backinshape.portal.account;

/**
 * Too many wrong codes: the email is locked out like after wrong passwords, and this session is signed out. The message
 * says how long to wait.
 */
public class SecondFactorLockedException extends RuntimeException {

    SecondFactorLockedException(String message) {
        super(message);
    }
}
