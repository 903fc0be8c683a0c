/** The admin console's views. */
@NullMarked
package com.backinshape.portal.admin.ui;

import org.jspecify.annotations.NullMarked;
