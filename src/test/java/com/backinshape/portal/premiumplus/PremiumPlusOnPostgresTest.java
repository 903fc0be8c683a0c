package com.backinshape.portal.premiumplus;

import com.backinshape.portal.OnPostgres;
import org.junit.jupiter.api.Nested;

/** Video-review requests again on real PostgreSQL (one request per member and month). */
@OnPostgres
class PremiumPlusOnPostgresTest {

    @Nested
    class VideoReviews extends VideoReviewServiceTest {}
}
