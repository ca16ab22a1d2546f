package org.allianceexplorer.data;

/** The file was made by an older Alliance Explorer: it can be migrated, but only on a copy or with consent. */
public final class OlderSchemaException extends DatabaseException {

    private static final long serialVersionUID = 1L;
    private final int version;

    public OlderSchemaException(String message, int version) {
        super(message);
        this.version = version;
    }

    public int version() {
        return version;
    }
}
