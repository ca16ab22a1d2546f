package org.allianceexplorer.table;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntToLongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.allianceexplorer.app.Navigation;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.table.RecordTableViewModel.Reveal;

/**
 * The selection of a record table and the app's selected record: the user's choice here becomes the app's,
 * the app's record is selected here again after the rows change, and the rows the user selected are kept by
 * id across new rows, sorting and filtering. What the view is asked to select is a {@link Reveal}.
 *
 * @param <R> the row type
 */
final class TableSelection<R> {

    private final RecordTableSpec<R> spec;
    private final Navigation navigation;
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    /** The app's record as last selected here: navigation to it needs no reveal. */
    private RecordRef selectedHere;
    /** The ids of the rows the user selected here, kept across new rows, sorting and filtering. */
    private Set<Long> chosen = Set.of();
    /** True while the shown rows are being replaced: the view's selection then follows the rows, not the user. */
    private boolean replacing;

    TableSelection(RecordTableSpec<R> spec, Navigation navigation) {
        this.spec = spec;
        this.navigation = navigation;
    }

    ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** True when {@code ref} is a record of this table that was not selected here (so the table should show it). */
    boolean fromElsewhere(RecordRef ref) {
        return ref != null && spec.kind() != null && ref.kind() == spec.kind() && !ref.equals(selectedHere);
    }

    /** The user selected a row (the lead of the view's selection): it becomes the app's selected record. */
    void selected(R row) {
        if (row == null || replacing) {
            return;
        }
        RecordRef ref = spec.ref(row);
        selectedHere = ref;
        if (ref != null) {
            navigation.go(ref);
        }
    }

    /** The user selected the rows with these ids here (for copying). */
    void selectedIds(Set<Long> ids) {
        if (replacing) {
            return;
        }
        chosen = Set.copyOf(ids);
    }

    /**
     * Replaces the shown rows ({@code replace}) with the view's selection reports ignored meanwhile, then selects
     * again the app's selected record (when it is of this kind and shown) with the other rows the user had
     * selected here, without scrolling away from the user's place.
     */
    void replacing(Runnable replace, IntToLongFunction idOf, int[] shown) {
        replacing = true;
        try {
            replace.run();
        } finally {
            replacing = false;
        }
        RecordRef current = navigation.getCurrent();
        long lead =
                current != null && spec.kind() != null && current.kind() == spec.kind() ? current.id() : Long.MIN_VALUE;
        if (chosen.isEmpty() && lead == Long.MIN_VALUE) {
            return; // nothing was selected here (chosen mirrors the view's selection)
        }
        int leadPos = -1;
        int[] pos = new int[shown.length];
        int n = 0;
        for (int p = 0; p < shown.length; p++) {
            long id = idOf.applyAsLong(shown[p]);
            if (id == lead) {
                leadPos = p;
                pos[n++] = p;
            } else if (chosen.contains(id)) {
                pos[n++] = p;
            }
        }
        reveal.set(new Reveal(leadPos, Arrays.copyOf(pos, n), false));
    }

    /**
     * Selects the row with this id alone, at {@code position} among the shown rows (-1: hidden), and scrolls to it;
     * {@code row} is the row when it is at hand (a paged table may not have read it), else the app's record stands
     * for it when it is this one.
     */
    void reveal(long id, R row, int position) {
        RecordRef current = navigation.getCurrent();
        selectedHere = row != null
                ? spec.ref(row)
                : current != null && current.kind() == spec.kind() && current.id() == id ? current : null;
        chosen = Set.of(id);
        reveal.set(new Reveal(position));
    }
}
