package org.allianceexplorer.data;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.sqlite.SQLiteErrorCode;

/**
 * Turns what the database refused during an edit into a message for the user (a field's, where one is to blame):
 * SQLite's result codes, or PostgreSQL's SQLSTATEs with the same messages (ADR 0018).
 */
final class EditFailures {

    private static final Pattern UNIQUE = Pattern.compile("UNIQUE constraint failed: (\\w+)\\.(\\w+)");

    private EditFailures() {}

    private static final Pattern KEY = Pattern.compile("Key \\((\\w+)\\)=");

    static DatabaseException translate(Database db, SQLException e) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return translateServer(db, e);
        }
        int code = e.getErrorCode() & 0xff;
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            Matcher m = UNIQUE.matcher(msg);
            if (m.find()) {
                String kind = EditKind.ofTable(m.group(1)).map(EditKind::label).orElse(m.group(1));
                return new EditRejected(java.util.List.of(new FieldProblem(
                        m.group(2),
                        "another " + kind + " has this " + m.group(2).replace('_', ' '))));
            }
            if (msg.contains("FOREIGN KEY")) {
                return new EditRejected("a linked record does not exist, or records still link to this one");
            }
            if (msg.contains("CHECK")) {
                return new EditRejected("a value is not allowed here ("
                        + msg.replaceAll(".*CHECK constraint failed: ", "").replace(")", "") + ")");
            }
            return new EditRejected("not allowed by the database (" + msg.replace('\n', ' ') + ")");
        }
        return db.writeFailure(e);
    }

    private static DatabaseException translateServer(Database db, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String table = m == null ? null : m.getTable();
        String detail = m == null || m.getDetail() == null ? "" : m.getDetail();
        switch (state) {
            case "23505" -> {
                Matcher k = KEY.matcher(detail);
                if (table != null && k.find()) {
                    String kind = EditKind.ofTable(table).map(EditKind::label).orElse(table);
                    return new EditRejected(java.util.List.of(new FieldProblem(
                            k.group(1),
                            "another " + kind + " has this " + k.group(1).replace('_', ' '))));
                }
                return new EditRejected("not allowed by the database (another record has this value)");
            }
            case "23503" -> {
                return new EditRejected("a linked record does not exist, or records still link to this one");
            }
            case "23514", "23502" -> {
                String constraint = m == null || m.getConstraint() == null ? "" : " (" + m.getConstraint() + ")";
                return new EditRejected("a value is not allowed here" + constraint);
            }
            default -> {
                return db.writeFailure(e);
            }
        }
    }

    /** A failure while writing, in one line about the file; the edit was not saved. */
    static DatabaseException writeFailure(Path path, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseException("another program is writing to " + name + "; try again", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new DatabaseException(path + ": is read-only; the edit was not saved", e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new DatabaseException(path + ": the disk is full; the edit was not saved", e);
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new DatabaseException(
                    path + ": cannot be written (input/output error: was it deleted or its disk"
                            + " removed?); the edit was not saved",
                    e);
        }
        return SqliteFiles.translate(path, e);
    }
}
