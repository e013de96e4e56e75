package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import tools.jackson.databind.json.JsonMapper;

/**
 * One version of a page's content and its way to the public: written as a draft, perhaps approved, then live until a
 * later revision replaces it. What a revision held once it left its draft never changes; only its state moves on.
 */
@MappedSuperclass
abstract class PageRevision<C extends PageContent<C>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The page it is a revision of; each kind names the column after its pages. */
    @Column(nullable = false)
    private long pageId;

    /**
     * The content as JSON, whose names are the content records' component names: a migration that builds content in
     * SQL (V18's first revisions) writes the same ones.
     */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String content;

    /** 1, 2, 3… within its page, in the order they were started. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionState state = RevisionState.DRAFT;

    /** The revision it was started from: the live one, or one restored from the history. */
    private Integer basedOn;

    /** Everyone who saved it: none of them may approve it. */
    @Column(nullable = false)
    private Long[] writerIds = {};

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdByName;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedByName;

    private Instant submittedAt;
    private Instant approvedAt;
    private String approvedByName;
    private Instant publishAt;
    private Instant publishedAt;
    private String publishedByName;
    private Instant supersededAt;

    @Version
    private long version;

    protected PageRevision() {
        // for JPA
    }

    PageRevision(long pageId, int number, Integer basedOn, C content, Writer writer, Instant now) {
        this.pageId = pageId;
        this.content = JSON.writeValueAsString(content);
        this.number = number;
        this.basedOn = basedOn;
        this.createdAt = now;
        this.createdByName = writer.name();
        written(writer, now);
    }

    /** The content's own record type, to read the JSON back. */
    abstract Class<C> contentType();

    C content() {
        return JSON.readValue(content, contentType());
    }

    /** New content, saved: the revision is a draft again, whatever it was waiting for. */
    void write(C newContent, Writer writer, Instant now) {
        written(writer, now);
        this.content = JSON.writeValueAsString(newContent);
    }

    /** Content changed by the platform itself, leaving the revision where it stands: for demo content only. */
    void replaceContent(C newContent) {
        this.content = JSON.writeValueAsString(newContent);
    }

    /** Saved again: a revision sent for approval or scheduled goes back to being a draft, to be approved afresh. */
    void written(Writer writer, Instant now) {
        requireOpen();
        state = RevisionState.DRAFT;
        submittedAt = null;
        approvedAt = null;
        approvedByName = null;
        publishAt = null;
        updatedAt = now;
        updatedByName = writer.name();
        if (writer.accountId() != null && !writtenBy(writer.accountId())) {
            writerIds = Arrays.copyOf(writerIds, writerIds.length + 1);
            writerIds[writerIds.length - 1] = writer.accountId();
        }
    }

    void submit(Instant at, Instant now) {
        require(RevisionState.DRAFT);
        state = RevisionState.AWAITING_APPROVAL;
        submittedAt = now;
        publishAt = at;
    }

    void sendBack(Instant now) {
        require(RevisionState.AWAITING_APPROVAL);
        state = RevisionState.DRAFT;
        submittedAt = null;
        updatedAt = now;
    }

    void approve(String byName, Instant now) {
        require(RevisionState.AWAITING_APPROVAL);
        approvedAt = now;
        approvedByName = byName;
    }

    /** Approved (or needing no approval), to go live at {@code at}. */
    void schedule(Instant at) {
        requireOpen();
        state = RevisionState.SCHEDULED;
        publishAt = at;
    }

    /**
     * A change scheduled while no approval was needed, whose time came once approval was needed again: it waits for
     * approval, to go live at once when approved (its time has passed).
     */
    void awaitApproval(Instant now) {
        require(RevisionState.SCHEDULED);
        state = RevisionState.AWAITING_APPROVAL;
        submittedAt = now;
    }

    /** A scheduled change back to a draft, to be approved (or published) afresh; nobody has written anything. */
    void unschedule(Instant now) {
        require(RevisionState.SCHEDULED);
        state = RevisionState.DRAFT;
        submittedAt = null;
        approvedAt = null;
        approvedByName = null;
        publishAt = null;
        updatedAt = now;
    }

    void goLive(String byName, Instant now) {
        requireOpen();
        state = RevisionState.LIVE;
        publishedAt = now;
        publishedByName = byName;
    }

    void supersede(Instant now) {
        state = RevisionState.SUPERSEDED;
        supersededAt = now;
    }

    boolean writtenBy(long accountId) {
        return Arrays.stream(writerIds).anyMatch(writer -> Objects.equals(writer, accountId));
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new IllegalStateException("Revision " + number + " is " + state + ", no longer open");
        }
    }

    private void require(RevisionState expected) {
        if (state != expected) {
            throw new IllegalStateException("Revision " + number + " is " + state + ", not " + expected);
        }
    }

    Long id() {
        return id;
    }

    long pageId() {
        return pageId;
    }

    int number() {
        return number;
    }

    RevisionState state() {
        return state;
    }

    long version() {
        return version;
    }

    Instant publishAt() {
        return publishAt;
    }

    String approvedByName() {
        return approvedByName;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    RevisionSummary summary() {
        return new RevisionSummary(number, state, basedOn, createdAt, createdByName, updatedAt, updatedByName,
                submittedAt, approvedAt, approvedByName, publishAt, publishedAt, publishedByName, supersededAt,
                version);
    }

    /** Who saves a revision: their account (null for the platform itself) and the name the history shows. */
    record Writer(Long accountId, String name) {
    }
}
