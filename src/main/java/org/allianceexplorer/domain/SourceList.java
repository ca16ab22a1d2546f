package org.allianceexplorer.domain;

import java.util.List;

/** The sources behind a record: the first of them ({@code shown}) and how many there are in all. */
public record SourceList(List<Source> shown, int total) {

    public static final SourceList NONE = new SourceList(List.of(), 0);

    public SourceList {
        shown = List.copyOf(shown);
    }
}
