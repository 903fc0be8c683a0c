package com.backinshape.portal.programme;

/** An exercise of a member's programme with the dose they are given. */
public record PlannedExercise(Exercise exercise, Dose dose) {}
