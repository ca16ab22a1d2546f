package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.table.RecordTableViewModel.RowReader;

/**
 * The rows of a paged table ({@link TableData#paged()}) as they are shown: read from the database by id a page
 * at a time when the view first asks for a row of the page, and kept for a while (the last {@link #KEPT} rows
 * asked for) so that scrolling back, sorting and filtering show them at once. A row asked for before its page
 * has arrived is {@code null} (an empty row for a moment); when the page arrives {@code arrived} is told its
 * first position, to show it. A new reader ({@link #reread}: a new as-of date) makes every row kept stale: it is
 * still shown until its page is read again.
 *
 * @param <R> the row type
 */
final class RowPages<R> {

    /** Rows read at once: a few screenfuls. */
    static final int PAGE = 128;
    /** Rows kept at most: some 60 pages, a few MB. */
    static final int KEPT = 8192;

    private record Kept<R>(R row, long generation) {}

    /** The task runner's key of a page's read: one per page and reader, never cancelled by another page's. */
    private record PageKey(Object pages, long generation, int page) {}

    private final ToLongFunction<R> idOf;
    private final TaskRunner tasks;
    private final IntConsumer arrived;
    private final Map<Long, Kept<R>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept<R>> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Integer> reading = new HashSet<>();
    private RowReader<R> reader;
    private long generation;

    RowPages(ToLongFunction<R> idOf, TaskRunner tasks, RowReader<R> reader, IntConsumer arrived) {
        this.idOf = idOf;
        this.tasks = tasks;
        this.reader = reader;
        this.arrived = arrived;
    }

    /**
     * The row at {@code position} of {@code size} shown rows, whose ids {@code idAt} gives: as kept (even when
     * stale), or {@code null} while its page is read.
     */
    R get(int position, int size, IntToLongFunction idAt) {
        long id = idAt.applyAsLong(position);
        Kept<R> k = kept.get(id);
        if (k == null || k.generation() != generation) {
            read(position / PAGE, size, idAt);
            k = kept.get(id); // the immediate runner of tests has read it already
        }
        return k == null ? null : k.row();
    }

    /** What reads the rows now (the latest reader given). */
    RowReader<R> reader() {
        return reader;
    }

    /** The row with this id as kept, stale or not, without reading anything; {@code null} when not kept. */
    R peek(long id) {
        Kept<R> k = kept.get(id);
        return k == null ? null : k.row();
    }

    /** The shown rows were sorted or filtered again: pages are other rows now (the rows kept stay valid). */
    void reordered() {
        reading.clear();
    }

    /** Reads rows with {@code next} from now on; the rows kept are stale (still shown until read again). */
    void reread(RowReader<R> next) {
        reader = next;
        generation++;
        reading.clear();
    }

    /** Reads rows with {@code next} from now on, of other rows (another database): none kept is shown again. */
    void replace(RowReader<R> next) {
        reread(next);
        kept.clear();
    }

    /** Reads the pages of positions {@code first} to {@code last} that have rows not kept or stale. */
    void readRange(int first, int last, int size, IntToLongFunction idAt) {
        if (last < first) {
            return;
        }
        for (int p = Math.max(0, first) / PAGE; p <= Math.min(size - 1, last) / PAGE; p++) {
            read(p, size, idAt);
        }
    }

    private void read(int page, int size, IntToLongFunction idAt) {
        if (reading.contains(page)) {
            return;
        }
        int from = page * PAGE;
        int to = Math.min(size, from + PAGE);
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            long id = idAt.applyAsLong(i);
            Kept<R> k = kept.get(id);
            if (k == null || k.generation() != generation) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        reading.add(page);
        long g = generation;
        RowReader<R> r = reader;
        tasks.run(
                new PageKey(this, g, page),
                null,
                () -> r.read(ids),
                rows -> {
                    for (R row : rows) {
                        Kept<R> old = kept.get(idOf.applyAsLong(row));
                        // a page of an older reader arriving late must not replace a newer row
                        if (old == null || old.generation() <= g) {
                            kept.put(idOf.applyAsLong(row), new Kept<>(row, g));
                        }
                    }
                    if (g == generation) {
                        reading.remove(page);
                        arrived.accept(from);
                    }
                },
                e -> {
                    if (g == generation) {
                        reading.remove(page);
                    }
                });
    }
}
