package com.backinshape.portal.admin.ui;

import com.backinshape.portal.account.PersonalDataExport;
import com.backinshape.portal.admin.SubjectAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Download member's data" on the member page: asks for the reason (kept in the audit log), then offers the member's
 * data file (the same ZIP "Download my data" gives the member) for one download.
 */
final class SubjectAccessDialog {

    private SubjectAccessDialog() {}

    static Button button(SubjectAccess access, long memberId) {
        var button = new Button(
                "Download member's data",
                e -> new ReasonDialog(
                                "Download member's data",
                                "For a subject-access request: the file holds everything the portal keeps about this member, "
                                        + "health answers included. Your reason is recorded first.",
                                reason -> offer(access, memberId, access.request(memberId, reason)))
                        .open());
        button.setId("subject-access");
        return button;
    }

    private static void offer(SubjectAccess access, long memberId, String ticket) {
        DownloadHandler zip = event -> {
            event.setFileName(PersonalDataExport.fileName(memberId));
            event.setContentType("application/zip");
            access.write(ticket, event.getOutputStream());
        };
        var dialog = new Dialog();
        dialog.setHeaderTitle("Member's data file");
        var link = new Anchor(zip, "Save the ZIP file");
        link.setId("save-subject-access");
        dialog.add(new Paragraph("The link works once, for the next 10 minutes."), link);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
