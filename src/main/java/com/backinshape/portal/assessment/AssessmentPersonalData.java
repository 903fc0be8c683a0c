package com.backinshape.portal.assessment;

import com.backinshape.portal.base.PersonalData;
import com.backinshape.portal.base.TimeConfig;
import java.util.ArrayList;
import org.springframework.stereotype.Component;

/** Every questionnaire's answers (as the member saw the questions) and its result, for the member's data file. */
@Component
class AssessmentPersonalData implements PersonalData.Contributor {

    private final HealthRecords records;

    AssessmentPersonalData(HealthRecords records) {
        this.records = records;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        var all = records.all(memberId);
        var lines = new ArrayList<String>();
        if (all.isEmpty()) {
            lines.add("No questionnaires.");
        }
        for (HealthRecords.HealthRecord r : all) {
            lines.add("Questionnaire started " + TimeConfig.DATE_TIME.format(r.startedAt())
                    + (r.completedAt() == null
                            ? " (not finished)"
                            : ", completed " + TimeConfig.DATE_TIME.format(r.completedAt())));
            if (r.advice() != null) {
                lines.add("  Result: " + r.advice());
            }
            for (HealthRecords.Answer a : r.answers()) {
                lines.add("  " + a.question() + " " + String.join(", ", a.chosen()));
            }
        }
        return new PersonalData.Part("questionnaires", "Your questionnaires: answers and results", all, lines);
    }

    @Override
    public int order() {
        return 20;
    }
}
