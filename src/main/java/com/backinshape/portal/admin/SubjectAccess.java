package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountAdministration;
import com.backinshape.portal.account.PersonalDataExport;
import com.backinshape.portal.base.InvalidInputException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject-access request: the same file a member gets from "Download my data", produced by an admin with a recorded
 * reason (the audit entry is written with the request, before anything is handed out).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SubjectAccess {

    private final AccountAdministration accounts;
    private final PersonalDataExport exports;

    SubjectAccess(AccountAdministration accounts, PersonalDataExport exports) {
        this.accounts = accounts;
        this.exports = exports;
    }

    /**
     * Records the reason; answers the ticket {@link #write} redeems. @throws InvalidInputException "reason" or "form"
     */
    @Transactional
    public String request(long memberId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        accounts.detail(memberId)
                .filter(d -> !d.summary().erased())
                .orElseThrow(() -> InvalidInputException.of(
                        InvalidInputException.FORM, "There is no member " + memberId + " to export."));
        return exports.requestFor(memberId, why);
    }

    /** Streams the file of a ticket this admin was given. */
    public void write(String ticket, OutputStream out) {
        exports.write(ticket, out);
    }
}
