package org.boundarylab.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rater's side of a calibration round: only invited raters read, only while the round is open, and
 * each sees only their own readings. A rater first says what the reasoning describes, with no feedback
 * in sight; the reading is then fixed, the rule base's feedback shown, and they say whether it was fair.
 */
@Service
@PreAuthorize(Role.STAFF)
public class BlindReading {

    private final CalibrationStore store;
    private final StoredJudgments judgments;
    private final VignetteCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    BlindReading(
            CalibrationStore store,
            StoredJudgments judgments,
            VignetteCatalog catalog,
            CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.judgments = judgments;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The first item the caller has not finished (read and judged), or none when every item is done. */
    @Transactional(readOnly = true)
    public Optional<BlindItem> next(long roundId) {
        UserSummary me = currentUser.require();
        invited(roundId, me);
        Map<Long, PanelAgreement.Rating> mine = store.ratingsOf(roundId, me.id());
        List<CalibrationStore.StoredItem> items = store.items(roundId);
        return items.stream()
                .filter(i -> !done(mine.get(i.itemId())))
                .findFirst()
                .map(i -> blind(roundId, i, items.size(), mine));
    }

    /** The item at a place in the round (1 is the first), as the caller reads it. */
    @Transactional(readOnly = true)
    public BlindItem item(long roundId, int position) {
        UserSummary me = currentUser.require();
        invited(roundId, me);
        List<CalibrationStore.StoredItem> items = store.items(roundId);
        CalibrationStore.StoredItem item = items.stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Item: the round has no item " + position + "."));
        return blind(roundId, item, items.size(), store.ratingsOf(roundId, me.id()));
    }

    /** Records what the caller says the reasoning describes; once given, a reading is fixed. */
    @Transactional
    public BlindItem read(long roundId, long itemId, Set<Characteristic> reading) {
        UserSummary me = currentUser.require();
        CalibrationStore.StoredItem item = openItem(roundId, itemId, me);
        if (reading == null) {
            throw new IllegalArgumentException("Reading: tick what the reasoning describes, or none of the four.");
        }
        try {
            store.insertReading(itemId, me.id(), reading);
        } catch (DuplicateKeyException already) {
            throw new IllegalStateException(
                    "Reading: you have read this one already; a reading is fixed once the feedback is shown.");
        }
        return blind(roundId, item, store.items(roundId).size(), store.ratingsOf(roundId, me.id()));
    }

    /** Records whether the caller found the rule base's feedback fair (after reading; may be changed while the round is open). */
    @Transactional
    public BlindItem judgeFeedback(long roundId, long itemId, boolean fair) {
        UserSummary me = currentUser.require();
        CalibrationStore.StoredItem item = openItem(roundId, itemId, me);
        if (!store.ratingsOf(roundId, me.id()).containsKey(itemId)) {
            throw new IllegalStateException(
                    "Fair: say what the reasoning describes first; the feedback is shown after.");
        }
        store.setFair(itemId, me.id(), fair);
        return blind(roundId, item, store.items(roundId).size(), store.ratingsOf(roundId, me.id()));
    }

    private CalibrationStore.StoredItem openItem(long roundId, long itemId, UserSummary me) {
        CalibrationRound round = invited(roundId, me);
        if (!round.open()) {
            throw new IllegalStateException("Round: it is closed; its report is open to read.");
        }
        return store.items(roundId).stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Item: it is not part of this round."));
    }

    private CalibrationRound invited(long roundId, UserSummary me) {
        return store.find(roundId)
                .filter(r -> r.invited(me.id()))
                .orElseThrow(() -> audit.refused(
                        me.username(),
                        me.username() + " (account " + me.id() + ") tried to read in calibration round " + roundId
                                + ", to which they were not invited"));
    }

    private static boolean done(PanelAgreement.Rating rating) {
        return rating != null && rating.fair() != null;
    }

    /** The item with no name in it; the feedback only once the caller's reading is given. */
    private BlindItem blind(
            long roundId, CalibrationStore.StoredItem item, int of, Map<Long, PanelAgreement.Rating> mine) {
        StoredJudgments.Row row = judgments.find(item.judgmentId()).orElseThrow();
        VersionedVignette v = catalog.revision(row.vignetteId(), row.version()).orElseThrow();
        Segment segment = v.vignette().segment(row.segmentId()).orElseThrow();
        PanelAgreement.Rating rating = mine.get(item.itemId());
        return new BlindItem(
                roundId,
                item.itemId(),
                item.position(),
                of,
                v.vignette().title(),
                v.vignette().indexOf(row.segmentId()) + 1,
                segment.text(),
                row.marked(),
                row.evidence(),
                row.rationale(),
                row.confidence(),
                Optional.ofNullable(rating).map(PanelAgreement.Rating::reading),
                Optional.ofNullable(rating).map(PanelAgreement.Rating::fair),
                rating == null ? List.of() : row.assessment().feedback());
    }
}
