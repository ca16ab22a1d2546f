package org.allianceexplorer.data;

/**
 * A database could not be opened or read. The message is written for the user: one line that says
 * which file and what is wrong with it, never a stack trace.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
