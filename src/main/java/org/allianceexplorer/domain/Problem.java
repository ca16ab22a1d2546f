package org.allianceexplorer.domain;

/** Something wrong in the data: which record, and what. */
public record Problem(String record, String message) {

    @Override
    public String toString() {
        return record + ": " + message;
    }
}
