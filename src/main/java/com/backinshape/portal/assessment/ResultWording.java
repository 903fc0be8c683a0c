package com.backinshape.portal.assessment;

/**
 * The plain words a member reads for a risk group, a hamstring finding and an advice level. Risk groups say what the
 * risk is (of a slow recovery) and never name the screening tool; self-test findings are suggestions, never a
 * diagnosis.
 */
public final class ResultWording {

    private ResultWording() {}

    public static String riskGroup(RiskGroup group) {
        return switch (group) {
            case LOW -> "Lower risk of a slow recovery";
            case MEDIUM -> "Medium risk of a slow recovery";
            case HIGH -> "Higher risk of a slow recovery";
        };
    }

    public static String riskMeaning(RiskGroup group) {
        return switch (group) {
            case LOW ->
                "Your answers suggest your back is likely to get better on its own with time. Keep up your "
                        + "normal activities as much as you can and follow the simple exercises in your programme.";
            case MEDIUM ->
                "Your answers suggest your back may take a little longer to recover, often because it is "
                        + "getting in the way of everyday things. Keep up your normal activities as much as you can; a "
                        + "physiotherapist's guidance alongside your exercises usually helps.";
            case HIGH ->
                "Your answers suggest your recovery could be slower, often because the pain is affecting how "
                        + "you feel and what you do. Moving is safe for your back and helps it recover, so keep up your "
                        + "normal activities as much as you can; a clinician's support alongside your exercises helps most.";
        };
    }

    public static String hamstring(HamstringFinding finding) {
        return switch (finding) {
            case TIGHT -> "Your leg raise suggests tight hamstrings";
            case NOT_TIGHT -> "Your leg raise doesn't suggest tight hamstrings";
            case NERVE_SIGN -> "Your leg raise suggests an irritated nerve";
        };
    }

    public static String hamstringMeaning(HamstringFinding finding) {
        return switch (finding) {
            case TIGHT ->
                "Your straight leg stopped well short of upright, which suggests the muscles at the back of "
                        + "your thighs may be tight. Tight hamstrings can pull on the pelvis and add to the load on the "
                        + "lower back, especially after long spells of sitting. This is a suggestion from a self-test, "
                        + "not a diagnosis.";
            case NOT_TIGHT ->
                "Your leg came close to upright, so stretching the hamstrings doesn't look like a "
                        + "priority for you.";
            case NERVE_SIGN ->
                "Pain or tingling below the knee during the leg raise suggests an irritated nerve rather "
                        + "than a tight muscle. This is a suggestion from a self-test, not a diagnosis: please see a "
                        + "clinician before stretching your hamstrings.";
        };
    }

    public static String advice(AdviceLevel level) {
        return switch (level) {
            case EMERGENCY -> "Go to A&E now";
            case URGENT_GP -> "Get urgent advice today";
            case GP_SOON -> "Book a GP appointment";
            case NONE -> "No warning signs";
        };
    }
}
