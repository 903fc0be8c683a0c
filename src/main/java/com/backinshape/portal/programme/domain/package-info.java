/** Programmes and session logs as stored. Used only by the programme services. */
@NullMarked
package com.backinshape.portal.programme.domain;

import org.jspecify.annotations.NullMarked;
