package com.clinicplatform.inquiry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something a member of staff wrote while working an inquiry. Notes are added, never edited. */
@Entity
public class InquiryNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long inquiryId;

    private Long authorId;

    @Column(nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    protected InquiryNote() {
        // for JPA
    }

    InquiryNote(long inquiryId, Long authorId, String authorName, String body, Instant writtenAt) {
        this.inquiryId = inquiryId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long id() {
        return id;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
