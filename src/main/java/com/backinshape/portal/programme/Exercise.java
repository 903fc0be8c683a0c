package com.backinshape.portal.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of the library, with the steps to follow and the safety cues to show.
 *
 * @param series the premium series the exercise belongs to (e.g. "Strong back foundations"), if any
 * @param dose the usual dose
 * @param gentleDose the lighter dose for high risk, acute pain or a nerve sign; never more than {@code dose}
 */
public record Exercise(
        String id,
        String name,
        ExerciseKind kind,
        ExerciseLevel level,
        @Nullable String series,
        String purpose,
        List<String> steps,
        List<SafetyCue> safetyCues,
        Dose dose,
        Dose gentleDose) {

    public Exercise {
        steps = List.copyOf(steps);
        safetyCues = List.copyOf(safetyCues);
    }
}
