package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.PersonalDataExport;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** "Your data" on the account page: download everything the portal holds about the member. */
@SpringComponent
@Scope("prototype")
public class DataRightsSection extends Section {

    private final PersonalDataExport exports;
    private final Forms.FormMessage downloadMessage = new Forms.FormMessage();
    private final Div downloadLink = new Div();

    DataRightsSection(PersonalDataExport exports) {
        this.exports = exports;
        setId("data-rights");
        var download = new Button("Download my data", e -> prepareDownload());
        download.setId("download-data");
        add(new H2("Your data"),
                new Paragraph("One ZIP file with everything we hold about you: your profile and consents, every "
                        + "questionnaire's answers and results, your programmes and logs, video review requests, "
                        + "subscription and payments, the emails we sent you, and who at the clinic looked at your "
                        + "health answers, when and why."),
                downloadMessage, download, downloadLink);
    }

    private void prepareDownload() {
        downloadMessage.clear();
        downloadLink.removeAll();
        try {
            String ticket = exports.requestOwn();
            DownloadHandler zip = event -> {
                event.setFileName("back-in-shape-my-data.zip");
                event.setContentType("application/zip");
                exports.write(ticket, event.getOutputStream());
            };
            var save = new Anchor(zip, "Save your data (ZIP)");
            save.setId("save-data");
            save.getElement().addEventListener("click", e -> downloadLink.removeAll());
            downloadLink.add(save);
            downloadMessage.success("Your file is ready. The link works once, for the next 10 minutes.");
        } catch (RateLimitedException ex) {
            downloadMessage.error(ex.getMessage());
        }
    }
}
