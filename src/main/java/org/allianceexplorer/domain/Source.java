package org.allianceexplorer.domain;

/** Where a fact comes from: a news report or a reference page, with a short quotation. */
public record Source(
        long id,
        String code,
        String outlet,
        String title,
        String url,
        PartialDate published,
        PartialDate retrieved,
        String snippet) {

    /** {@code ARY News, 14 Feb 2024: "title"}. */
    public String citation() {
        return outlet + (published == null ? "" : ", " + published.display()) + ": \u201c" + title + "\u201d";
    }
}
