/** The audit log's table. */
@NullMarked
package com.backinshape.portal.admin.domain;

import org.jspecify.annotations.NullMarked;
