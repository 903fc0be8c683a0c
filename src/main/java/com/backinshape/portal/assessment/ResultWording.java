package com.backinshape.portal.assessment;

/** The plain words a member reads for a risk group, a hamstring finding and an advice level. */
public final class ResultWording {

    private ResultWording() {
    }

    public static String riskGroup(RiskGroup group) {
        return switch (group) {
            case LOW -> "Low risk";
            case MEDIUM -> "Medium risk";
            case HIGH -> "High risk";
        };
    }

    public static String riskMeaning(RiskGroup group) {
        return switch (group) {
            case LOW -> "Your answers suggest your back pain is unlikely to hold you back for long. Most people "
                    + "with answers like yours improve by staying active and following a simple exercise routine.";
            case MEDIUM -> "Your back pain is getting in the way of everyday things. People with answers like yours "
                    + "usually do best with a physiotherapist's guidance alongside their exercises.";
            case HIGH -> "Your back pain is affecting you a great deal, including how you feel about it. People with "
                    + "answers like yours usually do best with a clinician's support, not exercises alone.";
        };
    }

    public static String hamstring(HamstringFinding finding) {
        return switch (finding) {
            case TIGHT -> "Your hamstrings are tight";
            case NOT_TIGHT -> "Your hamstrings are not tight";
            case NERVE_SIGN -> "Possible nerve irritation";
        };
    }

    public static String hamstringMeaning(HamstringFinding finding) {
        return switch (finding) {
            case TIGHT -> "Your straight leg stopped well short of upright. Tight muscles at the back of the thighs "
                    + "tug on the pelvis and can load the lower back, above all after long spells of sitting. Your "
                    + "programme includes two gentle hamstring stretches done with a neutral spine.";
            case NOT_TIGHT -> "Your leg came close to upright, so stretching the hamstrings isn't a priority for you.";
            case NERVE_SIGN -> "Pain or tingling below the knee during the leg raise suggests an irritated nerve rather "
                    + "than a tight muscle. See a clinician before stretching your hamstrings any further.";
        };
    }

    public static String advice(AdviceLevel level) {
        return switch (level) {
            case EMERGENCY -> "Go to A&E now";
            case URGENT_GP -> "See your GP urgently, or call 111";
            case NONE -> "No warning signs";
        };
    }
}
