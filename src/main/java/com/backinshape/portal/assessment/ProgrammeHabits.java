package com.backinshape.portal.assessment;

import java.util.List;

/**
 * Which daily habits from the member's latest questionnaire (e.g. long sitting) shaped their programme. The programme
 * feature answers it, since the programme rules decide which habits count; the results page asks here instead of
 * working it out again.
 */
public interface ProgrammeHabits {

    /**
     * The signed-in member's habits that shaped the programme of their latest result, in plain words; empty when none.
     */
    List<String> ofLatestResult();
}
