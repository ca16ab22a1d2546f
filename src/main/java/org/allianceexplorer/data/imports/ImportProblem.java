package org.allianceexplorer.data.imports;

/**
 * One thing wrong with the input: the file, the line (0 when it is about the file as a whole), the column
 * (its spreadsheet letter and header name, or none) and what is wrong. A conflict is a record whose key
 * is in the database already with other content.
 */
public record ImportProblem(String file, long line, String column, String message, boolean conflict) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        sb.append(": ");
        if (column != null) {
            sb.append("column ").append(column).append(": ");
        }
        return sb.append(message).toString();
    }

    /** The spreadsheet letter of a column counted from 1: A, B, ..., Z, AA, AB, ... */
    public static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
