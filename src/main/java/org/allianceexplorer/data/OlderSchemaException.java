package org.allianceexplorer.data;

/** The file was made by an older Alliance Explorer: it can be migrated, but only on a copy or with consent. */
public final class OlderSchemaException extends DatabaseException {

    private static final long serialVersionUID = 1L;
    private final int version;
    private final int current;

    public OlderSchemaException(String message, int version, int current) {
        super(message);
        this.version = version;
        this.current = current;
    }

    /** The file's schema version. */
    public int version() {
        return version;
    }

    /** The schema version this application reads and writes. */
    public int current() {
        return current;
    }
}
