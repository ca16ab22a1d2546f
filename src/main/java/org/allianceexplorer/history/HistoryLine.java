package org.allianceexplorer.history;

import org.allianceexplorer.domain.edit.HistoryRow;

/** A row of the History screen: a history row and its place in the list (newest first), which identifies it. */
public record HistoryLine(long position, HistoryRow row) {}
