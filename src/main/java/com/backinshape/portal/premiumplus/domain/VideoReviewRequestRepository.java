package com.backinshape.portal.premiumplus.domain;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VideoReviewRequestRepository extends JpaRepository<VideoReviewRequest, Long> {

    Optional<VideoReviewRequest> findByMemberIdAndRequestMonth(long memberId, String requestMonth);

    Slice<VideoReviewRequest> findAllByOrderByRequestedAtDescIdDesc(Pageable pageable);
}
