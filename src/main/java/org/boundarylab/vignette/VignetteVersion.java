package org.boundarylab.vignette;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored revision of a vignette: its YAML exactly as loaded. */
@Entity
@Table(name = "vignette_version")
class VignetteVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vignette_id", nullable = false)
    private String vignetteId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String origin;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The account that wrote this revision; null for seed cases. */
    @Column(name = "author_id")
    private Long authorId;

    protected VignetteVersion() {}

    VignetteVersion(
            String vignetteId,
            int version,
            String content,
            String contentHash,
            String origin,
            String author,
            Long authorId) {
        this.authorId = authorId;
        this.vignetteId = vignetteId;
        this.version = version;
        this.content = content;
        this.contentHash = contentHash;
        this.origin = origin;
        this.author = author;
        this.createdAt = Instant.now();
    }

    Long getAuthorId() {
        return authorId;
    }

    String getVignetteId() {
        return vignetteId;
    }

    int getVersion() {
        return version;
    }

    String getContent() {
        return content;
    }

    String getContentHash() {
        return contentHash;
    }

    String getOrigin() {
        return origin;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
