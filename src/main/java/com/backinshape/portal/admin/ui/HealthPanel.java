package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.HealthData;
import com.backinshape.portal.assessment.HealthRecords.HealthRecord;
import com.backinshape.portal.base.TimeConfig;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

/** The member's health data, empty until an admin gave a reason (recorded) through "Show health answers". */
class HealthPanel extends Div {

    HealthPanel() {
        setId("health");
    }

    void reset(@Nullable Button reveal) {
        removeAll();
        if (reveal != null) {
            reveal.setId("show-health");
            add(reveal);
        }
    }

    void show(HealthData data) {
        removeAll();
        if (data.questionnaires().isEmpty()) {
            add(new Paragraph("No questionnaire yet."));
        }
        for (HealthRecord q : data.questionnaires()) {
            add(new H3(
                    q.completedAt() == null
                            ? "Questionnaire in progress, started " + TimeConfig.DATE.format(q.startedAt())
                            : "Questionnaire of " + TimeConfig.DATE.format(q.completedAt())));
            add(new Paragraph("Risk group: "
                    + (q.riskGroup() == null ? "—" : q.riskGroup().name().toLowerCase()) + "; advice: "
                    + (q.adviceLevel() == null ? "—" : q.adviceLevel().name().toLowerCase())));
            if (q.advice() != null) {
                add(new Paragraph("Advice given: " + q.advice()));
            }
            if (q.clinicianClearedAt() != null) {
                add(new Paragraph("Member confirmed a doctor or physiotherapist checked this and said exercise is OK: "
                        + TimeConfig.DATE.format(q.clinicianClearedAt())));
            }
            var answers = new UnorderedList();
            q.answers().forEach(a -> answers.add(new ListItem(a.question() + " — " + String.join(", ", a.chosen()))));
            add(answers);
        }
        var pain = new UnorderedList();
        data.painScores()
                .forEach(p -> pain.add(new ListItem(TimeConfig.DATE_TIME.format(p.loggedAt()) + ": pain " + p.pain()
                        + "/10, " + p.feedback().name().toLowerCase().replace('_', ' '))));
        add(new H3("Pain scores"), data.painScores().isEmpty() ? new Paragraph("No sessions logged.") : pain);
    }
}
