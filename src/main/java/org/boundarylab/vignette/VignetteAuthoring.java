package org.boundarylab.vignette;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors write, import, export and retire vignettes. Every save is validated by the same
 * reader as the seed loader and stored as a new revision in one transaction: nothing is half-saved,
 * and attempts keep the revision they were made against. A case belongs to its author: only they
 * or an admin publish a new version, retire or restore it; seed cases only an admin. Each change is
 * audited.
 */
@Service
@PreAuthorize(Role.STAFF)
public class VignetteAuthoring {

    /** A vignette file is a few kilobytes; anything near this is not one. */
    public static final int MAX_UPLOAD_BYTES = 256 * 1024;

    private final VignetteVersionRepository versions;
    private final VignetteRetirementRepository retirements;
    private final VignetteCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    VignetteAuthoring(
            VignetteVersionRepository versions,
            VignetteRetirementRepository retirements,
            VignetteCatalog catalog,
            CurrentUser currentUser,
            AuditLog audit) {
        this.audit = audit;
        this.versions = versions;
        this.retirements = retirements;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** What a save did: the revision now newest, and whether it is new (false when nothing changed). */
    public record Saved(VersionedVignette vignette, boolean changed) {}

    /** A vignette as a file in the seed format. */
    public record ExportedFile(String fileName, String content) {}

    /**
     * Saves what the editor holds. {@code isNew} refuses an id that is taken, so writing a new case
     * cannot overwrite another one.
     */
    @Transactional
    public Saved save(VignetteDraft draft, boolean isNew) throws InvalidInputException {
        String content = VignetteWriter.write(draft);
        Vignette vignette = VignetteReader.read(content, draft.id + ".yaml");
        if (isNew
                && versions.findFirstByVignetteIdOrderByVersionDesc(vignette.id())
                        .isPresent()) {
            throw new InvalidInputException(new InputProblem(
                    draft.id + ".yaml",
                    1,
                    "id",
                    "a vignette called '" + vignette.id() + "' already exists: choose another id or edit that one"));
        }
        return store(vignette, content, "editor");
    }

    /** Imports an uploaded file in the seed format; an existing id gets a new revision. */
    @Transactional
    public Saved importFile(String fileName, byte[] bytes) throws InvalidInputException {
        String name = fileName == null || fileName.isBlank() ? "upload.yaml" : fileName;
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException(new InputProblem(
                    name,
                    0,
                    "(file)",
                    "is " + bytes.length / 1024 + " KB; a vignette file may be at most " + MAX_UPLOAD_BYTES / 1024
                            + " KB"));
        }
        if (!name.matches("(?i).*\\.ya?ml")) {
            throw new InvalidInputException(new InputProblem(name, 0, "(file)", "is not a .yaml or .yml file"));
        }
        String content = utf8(name, bytes);
        Vignette vignette = VignetteReader.read(content, name, false);
        Saved saved = store(vignette, content, "import: " + name);
        audit.record(
                currentUser.require().username(),
                "CASE_IMPORTED",
                "file '" + name + "' as case " + vignette.id()
                        + (saved.changed() ? ", version " + saved.vignette().version() : ", unchanged"));
        return saved;
    }

    /** The newest revision exactly as stored: a seed file comes back byte for byte. */
    @Transactional(readOnly = true)
    public ExportedFile export(String vignetteId) {
        VignetteVersion newest = versions.findFirstByVignetteIdOrderByVersionDesc(vignetteId)
                .orElseThrow(() -> new IllegalArgumentException("There is no vignette called '" + vignetteId + "'."));
        return new ExportedFile(vignetteId + ".yaml", newest.getContent());
    }

    /** Hides the vignette from new attempts; its revisions and attempts stay for reports. */
    @Transactional
    public void retire(String vignetteId) {
        if (catalog.latest(vignetteId).isEmpty()) {
            throw new IllegalArgumentException("There is no vignette called '" + vignetteId + "'.");
        }
        requireMayChange(vignetteId, "retire");
        audit.record(currentUser.require().username(), "CASE_RETIRED", "case " + vignetteId);
        if (!retirements.existsById(vignetteId)) {
            retirements.save(
                    new VignetteRetirement(vignetteId, currentUser.require().username()));
        }
    }

    @Transactional
    public void restore(String vignetteId) {
        requireMayChange(vignetteId, "restore");
        retirements.deleteById(vignetteId);
        audit.record(currentUser.require().username(), "CASE_RESTORED", "case " + vignetteId);
    }

    /** Whether the caller may publish, retire or restore this case (see the class comment). */
    public boolean mayChange(String vignetteId) {
        UserSummary me = currentUser.require();
        if (me.role() == Role.ADMIN) {
            return true;
        }
        return versions.findByVignetteIdAndVersion(vignetteId, 1)
                .map(first -> first.getAuthorId() == null ? false : first.getAuthorId() == me.id())
                .orElse(true);
    }

    private void requireMayChange(String vignetteId, String what) {
        if (!mayChange(vignetteId)) {
            UserSummary me = currentUser.require();
            boolean seed = versions.findByVignetteIdAndVersion(vignetteId, 1)
                    .map(v -> v.getAuthorId() == null)
                    .orElse(false);
            throw audit.refused(
                    me.username(),
                    me.username() + " (account " + me.id() + ") may not " + what + " case "
                            + vignetteId + ": "
                            + (seed
                                    ? "a seed case, which only an administrator may change"
                                    : "only its author or an administrator may"));
        }
    }

    private Saved store(Vignette vignette, String content, String origin) {
        String hash = SeedLoader.sha256(content);
        var newest = versions.findFirstByVignetteIdOrderByVersionDesc(vignette.id());
        if (newest.isPresent() && newest.get().getContentHash().equals(hash)) {
            return new Saved(new VersionedVignette(vignette, newest.get().getVersion()), false);
        }
        requireMayChange(vignette.id(), "publish a new version of");
        int next = newest.map(v -> v.getVersion() + 1).orElse(1);
        UserSummary me = currentUser.require();
        versions.save(new VignetteVersion(vignette.id(), next, content, hash, origin, me.displayName(), me.id()));
        if (!origin.startsWith("import")) {
            audit.record(
                    me.username(), "CASE_SAVED", "case " + vignette.id() + ", version " + next + ", from the editor");
        }
        return new Saved(new VersionedVignette(vignette, next), true);
    }

    private static String utf8(String name, byte[] bytes) throws InvalidInputException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(name, 0, "(file)", "is not UTF-8 text"));
        }
    }
}
