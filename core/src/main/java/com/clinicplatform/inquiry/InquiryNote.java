package com.clinicplatform.inquiry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import com.clinicplatform.note.StaffNote;

/** Something a member of staff wrote while working an inquiry. Notes are added, never edited. */
@Entity
public class InquiryNote extends StaffNote {

    @Column(nullable = false)
    private Long inquiryId;

    protected InquiryNote() {
        // for JPA
    }

    InquiryNote(long inquiryId, Long authorId, String authorName, String body, Instant writtenAt) {
        super(authorId, authorName, body, writtenAt);
        this.inquiryId = inquiryId;
    }
}
