package org.allianceexplorer.domain.edit;

/**
 * The source a new or changed fact cites: one already in the database (picked by id), or one created in
 * the same transaction as the edit (outlet, title, URL, published, quotation). A new source whose URL is
 * already stored reuses that source.
 */
public sealed interface Cite {

    /** An existing source. */
    record Existing(long sourceId) implements Cite {}

    /** A source to create; title defaults to the outlet and date, published may be empty. */
    record NewSource(String outlet, String title, String url, String published, String quotation) implements Cite {}

    static Cite source(long id) {
        return new Existing(id);
    }
}
