package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountEvents.PersonalDataExported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every handing-out of a member's data file is in the audit log, in the same transaction as the request. */
@Component
class PersonalDataAudit {

    private final AuditLog audit;

    PersonalDataAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PersonalDataExported e) {
        if (e.byMemberId() == e.memberId()) {
            audit.recordByMember(AuditAction.DOWNLOADED_OWN_DATA, e.memberId(), "Download my data");
        } else {
            audit.record(
                    AuditAction.EXPORTED_PERSONAL_DATA,
                    e.memberId(),
                    null,
                    e.reason() == null ? "" : e.reason(),
                    "subject-access file");
        }
    }
}
