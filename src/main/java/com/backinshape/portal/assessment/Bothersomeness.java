package com.backinshape.portal.assessment;

/** The answer to STarT Back item 9: how bothersome the back pain has been in the last 2 weeks. */
public enum Bothersomeness {
    NOT_AT_ALL,
    SLIGHTLY,
    MODERATELY,
    VERY_MUCH,
    EXTREMELY
}
