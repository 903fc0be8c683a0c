@NullMarked
package com.backinshape.portal.premiumplus.domain;

import org.jspecify.annotations.NullMarked;
