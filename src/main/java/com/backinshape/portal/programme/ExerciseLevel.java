package com.backinshape.portal.programme;

/** Who may follow an exercise. */
public enum ExerciseLevel {
    FREE,
    PREMIUM
}
