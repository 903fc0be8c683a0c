package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.MarketingConsents;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.AccountSection;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** "News and offers" on the account page: the separate marketing consent, unticked until the member ticks it. */
@org.springframework.stereotype.Component
class MarketingConsentSection implements AccountSection {

    private final MarketingConsents consents;

    MarketingConsentSection(MarketingConsents consents) {
        this.consents = consents;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component section() {
        var current = consents.current();
        var message = new Forms.FormMessage();
        var box = new Checkbox("Send me occasional news and offers by email", current.given());
        box.setId("marketing-consent");
        var status = new Paragraph(
                current.given() && current.givenAt() != null
                        ? "Agreed (version " + current.version() + ") " + TimeConfig.DATE_TIME.format(current.givenAt())
                                + "."
                        : "Not agreed. We send no news or offers.");
        status.addClassName("portal-small");
        var save = new Button("Save choice", e -> {
            consents.choose(box.getValue());
            message.success(
                    box.getValue() ? "Saved. You may get news and offers from us." : "Saved. No news or offers.");
        });
        save.setId("marketing-save");
        var section = new Section(new H2("News and offers"), message, box, status, save);
        section.setId("marketing-section");
        return section;
    }
}
