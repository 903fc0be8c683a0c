package com.backinshape.portal.programme;

/** A safety reminder shown on an exercise page. */
public record SafetyCue(String id, String text) {}
