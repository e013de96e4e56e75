package com.clinicplatform.note;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Something a member of staff wrote on a record, signed with their name as it was then (the account may be renamed or
 * gone later). Each kind of record keeps its notes in its own table, which adds the record's id.
 */
@MappedSuperclass
public abstract class StaffNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long authorId;

    @Column(nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    protected StaffNote() {
        // for JPA
    }

    protected StaffNote(Long authorId, String authorName, String body, Instant writtenAt) {
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
