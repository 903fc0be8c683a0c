package com.backinshape.portal.assessment;

/** What the member would most like to get out of the programme. */
public enum Goal {
    LESS_PAIN,
    SIT_COMFORTABLY,
    MOVE_FREELY,
    GET_STRONGER,
    BACK_TO_SPORT
}
