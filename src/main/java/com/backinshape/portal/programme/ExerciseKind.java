package com.backinshape.portal.programme;

/** What an exercise is for; the programme rules select and exclude exercises by kind. */
public enum ExerciseKind {
    HAMSTRING_STRETCH,
    POSTURE,
    MOBILITY,
    STRENGTH
}
