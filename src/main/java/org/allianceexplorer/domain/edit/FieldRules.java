package org.allianceexplorer.domain.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.allianceexplorer.domain.PartialDate;

/**
 * The field rules of every kind, in Java: what a form checks as the analyst types and what the edit service
 * checks before it writes. They say in words what the schema's CHECK constraints enforce (a date at its
 * precision, a colour, a positive number, an end not before its start, two different parties); the rules
 * between records are those of {@code check} (data.RecordRules), run on the records an edit touches.
 */
public final class FieldRules {

    /** The values of a record, normalised (every field of its kind; {@code null} for empty), and what is wrong. */
    public record Checked(Map<String, String> values, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private FieldRules() {}

    /** Why a value with U+0000 in it is refused, wherever one comes in (a form, a copy between engines). */
    public static final String NUL = "contains a NUL character (U+0000), which is not text; remove it";

    /**
     * Checks and normalises a whole record: dates to ISO at their precision, numbers to plain digits, flags
     * to 1/0, choices to their codes, links to ids; blank is empty. Unknown field names are problems.
     */
    public static Checked check(EditKind kind, Map<String, String> input) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : input.keySet()) {
            if (kind.field(name).isEmpty()) {
                problems.add(new FieldProblem(name, "a " + kind.label() + " has no field '" + name + "'"));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : kind.fields()) {
            String raw = input.get(f.name());
            String v = raw == null || raw.isBlank() ? null : raw.strip();
            if (v == null) {
                if (f.required()) {
                    problems.add(new FieldProblem(f.name(), f.label() + " is required"));
                }
                out.put(f.name(), null);
                continue;
            }
            if (v.indexOf('\0') >= 0) {
                // no engine keeps it the same (PostgreSQL's text cannot hold it, ADR 0018): refused on both alike
                problems.add(new FieldProblem(f.name(), f.label() + ": " + NUL));
                out.put(f.name(), null);
                continue;
            }
            try {
                out.put(f.name(), normalise(kind, f, v));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(f.name(), f.label() + ": " + e.getMessage()));
                out.put(f.name(), null);
            }
        }
        between(kind, out, problems);
        return new Checked(out, List.copyOf(problems));
    }

    private static String normalise(EditKind kind, Field f, String v) {
        return switch (f.type()) {
            case TEXT -> v;
            case DATE -> PartialDate.parse(v).iso();
            case INTEGER -> Long.toString(atLeast(v, minimum(kind, f.name())));
            case LINK -> Long.toString(atLeast(v, 1));
            case DECIMAL -> decimal(kind, f.name(), v);
            case COLOUR -> colour(v);
            case FLAG -> flag(v);
            case CHOICE -> choice(f, v);
            case LINKS -> links(v);
        };
    }

    private static long minimum(EditKind kind, String field) {
        return switch (field) {
            case "votes", "seats" -> 0;
            case "record_id" -> 1;
            default -> 1; // partyfacts_id, seat counts, majority, rank
        };
    }

    private static long atLeast(String v, long min) {
        long n;
        try {
            n = Long.parseLong(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number", e);
        }
        if (n < min) {
            throw new IllegalArgumentException("must be " + min + " or more");
        }
        return n;
    }

    private static String decimal(EditKind kind, String field, String v) {
        double d;
        try {
            d = Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number", e);
        }
        if (Double.isNaN(d) || d < 0 || d > 100) {
            throw new IllegalArgumentException("a percentage is from 0 to 100");
        }
        return Double.toString(d);
    }

    private static String colour(String v) {
        if (!v.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("'" + v + "' is not a colour (expected #RRGGBB, e.g. #1F77B4)");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    private static String flag(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "yes", "true", "y" -> "1";
            case "0", "no", "false", "n" -> "0";
            default -> throw new IllegalArgumentException("'" + v + "' is not yes or no");
        };
    }

    private static String choice(Field f, String v) {
        String c = v.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!f.choices().contains(c)) {
            throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", f.choices()));
        }
        return c;
    }

    private static String links(String v) {
        TreeSet<Long> ids = new TreeSet<>();
        for (String part : v.split("[;,]")) {
            if (!part.isBlank()) {
                ids.add(atLeast(part.strip(), 1));
            }
        }
        return ids.isEmpty()
                ? null
                : String.join(";", ids.stream().map(String::valueOf).toList());
    }

    /** The rules between fields of one record, as the schema's table CHECKs state them. */
    private static void between(EditKind kind, Map<String, String> v, List<FieldProblem> problems) {
        endNotBeforeStart(kind, v, "founded", "dissolved", problems);
        endNotBeforeStart(kind, v, "from_date", "to_date", problems);
        differ(kind, v, "giver_id", "receiver_id", "the giver and the receiver are the same party", problems);
        differ(kind, v, "party_a", "party_b", "a relation is between two different parties", problems);
        notMore(kind, v, "general_seats", "total_seats", problems);
        notMore(kind, v, "majority", "total_seats", problems);
    }

    private static void endNotBeforeStart(
            EditKind kind, Map<String, String> v, String from, String to, List<FieldProblem> problems) {
        String f = v.get(from);
        String t = v.get(to);
        if (f != null
                && t != null
                && kind.field(to).isPresent()
                && t.compareTo(f.substring(0, Math.min(f.length(), t.length()))) < 0) {
            problems.add(new FieldProblem(
                    to, label(kind, to) + " (" + t + ") is before " + label(kind, from) + " (" + f + ")"));
        }
    }

    private static void differ(
            EditKind kind, Map<String, String> v, String a, String b, String message, List<FieldProblem> problems) {
        if (v.get(a) != null && v.get(a).equals(v.get(b))) {
            problems.add(new FieldProblem(b, message));
        }
    }

    private static void notMore(
            EditKind kind, Map<String, String> v, String part, String whole, List<FieldProblem> problems) {
        if (v.get(part) != null && v.get(whole) != null && Long.parseLong(v.get(part)) > Long.parseLong(v.get(whole))) {
            problems.add(new FieldProblem(
                    part,
                    label(kind, part) + " (" + v.get(part) + ") is more than " + label(kind, whole) + " ("
                            + v.get(whole) + ")"));
        }
    }

    private static String label(EditKind kind, String field) {
        return kind.field(field).map(Field::label).orElse(field);
    }
}
