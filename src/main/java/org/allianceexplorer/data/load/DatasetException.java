package org.allianceexplorer.data.load;

/** A dataset file has a row that cannot be loaded; the message names the file and line. */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
