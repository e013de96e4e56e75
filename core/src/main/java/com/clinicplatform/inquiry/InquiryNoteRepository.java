package com.clinicplatform.inquiry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryNoteRepository extends JpaRepository<InquiryNote, Long> {

    List<InquiryNote> findByInquiryIdOrderByWrittenAtAscIdAsc(long inquiryId);
}
