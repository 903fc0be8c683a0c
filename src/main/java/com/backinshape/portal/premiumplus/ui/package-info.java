@NullMarked
package com.backinshape.portal.premiumplus.ui;

import org.jspecify.annotations.NullMarked;
