package com.backinshape.portal.admin;

import com.backinshape.portal.account.MemberDetail;
import com.backinshape.portal.notification.SentEmailAdministration.SentEmail;
import java.util.List;

/** What the member detail page shows before anyone asks for health data. */
public record MemberFile(MemberDetail account, List<SentEmail> emails, long sessionsLogged) {}
