package org.allianceexplorer.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one owner of what differs between the engines' SQL (ADR 0018). The repositories' SQL is written once, in
 * the part of SQLite's dialect they use; on PostgreSQL every text goes through {@link #translate} before it is
 * prepared (the connection {@link #wrap} hands out does it). What it rewrites, and why the result means the same:
 *
 * <ul>
 *   <li>{@code a = b COLLATE NOCASE} is {@code lower(a) = lower(b)} and {@code x COLLATE NOCASE} (in ORDER BY) is
 *       {@code lower(x)}: SQLite's NOCASE folds ASCII letters only, and so does PostgreSQL's {@code lower} under
 *       the C collation every text column has; ties then fall to the next key on both.
 *   <li>{@code LIKE} is {@code ILIKE}: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not.
 *   <li>{@code group_concat(x, sep)} is {@code string_agg(x, sep)}; {@code char(n)} is {@code chr(n)}.
 *   <li>{@code INSERT OR IGNORE INTO ...} is {@code INSERT INTO ... ON CONFLICT DO NOTHING}.
 *   <li>{@code last_insert_rowid()} is {@code lastval()} (the id the last insert took from its identity).
 *   <li>{@code a IS NOT b} (b not NULL) is {@code a IS DISTINCT FROM b}.
 *   <li>{@code BEGIN IMMEDIATE} (SQLite: take the write lock now) is {@code BEGIN}: a server locks rows as they
 *       are written.
 *   <li>{@code CROSS JOIN t x ON ...} (SQLite's way to fix the join order) is {@code JOIN t x ON ...}: the same
 *       inner join, PostgreSQL plans the order itself.
 * </ul>
 *
 * String literals and quoted names are never touched. A construct it cannot translate (a NOCASE it cannot place,
 * {@code INSERT OR REPLACE}, a PRAGMA) fails loudly: such code asks {@link #of} and writes both forms itself.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    private static final String OPERAND = "(\\?|[A-Za-z_][A-Za-z0-9_.]*)";
    private static final Pattern EQUALS_NOCASE =
            Pattern.compile(OPERAND + "\\s*=\\s*" + OPERAND + "\\s+COLLATE\\s+NOCASE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOCASE =
            Pattern.compile(OPERAND + "\\s+COLLATE\\s+NOCASE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKE = Pattern.compile("\\bLIKE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_CONCAT = Pattern.compile("\\bgroup_concat\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAR = Pattern.compile("\\bchar\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT_OR_IGNORE =
            Pattern.compile("\\bINSERT\\s+OR\\s+IGNORE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_ROWID =
            Pattern.compile("\\blast_insert_rowid\\s*\\(\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IS_NOT = Pattern.compile("\\bIS\\s+NOT\\s+(?!NULL\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CROSS_JOIN_ON = Pattern.compile(
            "\\bCROSS\\s+JOIN\\s+([A-Za-z_]\\w*(?:\\s+(?:AS\\s+)?(?!ON\\b)[A-Za-z_]\\w*)?)\\s+ON\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEGIN =
            Pattern.compile("^\\s*BEGIN\\s+(IMMEDIATE|DEFERRED|EXCLUSIVE)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTRANSLATABLE = Pattern.compile(
            "\\b(COLLATE\\s+NOCASE|INSERT\\s+OR\\s+REPLACE|PRAGMA|sqlite_\\w+|GLOB)\\b", Pattern.CASE_INSENSITIVE);
    private static final int CACHE_SIZE = 2000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** The engine a connection talks to. */
    public static Dialect of(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /** {@code sql} as this engine reads it: unchanged for SQLite, see the class comment for PostgreSQL. */
    public String translate(String sql) {
        if (this == SQLITE) {
            return sql;
        }
        String done = CACHE.get(sql);
        if (done == null) {
            // some texts carry ids (a rule's scope): the cache is kept small rather than grown for ever
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.clear();
            }
            done = toPostgres(sql);
            CACHE.put(sql, done);
        }
        return done;
    }

    private static String toPostgres(String sql) {
        // the literals (and quoted names) set aside, so that only SQL itself is rewritten
        List<String> literals = new ArrayList<>();
        StringBuilder masked = new StringBuilder(sql.length());
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == ch) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == ch) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                literals.add(sql.substring(i, Math.min(end + 1, sql.length())));
                masked.append('\u0001').append(literals.size() - 1).append('\u0002');
                i = end;
            } else {
                masked.append(ch);
            }
        }
        String s = masked.toString();
        s = EQUALS_NOCASE.matcher(s).replaceAll("lower($1) = lower($2)");
        s = NOCASE.matcher(s).replaceAll("lower($1)");
        s = LIKE.matcher(s).replaceAll("ILIKE");
        s = GROUP_CONCAT.matcher(s).replaceAll("string_agg(");
        s = CHAR.matcher(s).replaceAll("chr(");
        s = LAST_ROWID.matcher(s).replaceAll("lastval()");
        s = IS_NOT.matcher(s).replaceAll("IS DISTINCT FROM ");
        s = CROSS_JOIN_ON.matcher(s).replaceAll("JOIN $1 ON");
        s = BEGIN.matcher(s).replaceFirst("BEGIN");
        Matcher ignore = INSERT_OR_IGNORE.matcher(s);
        if (ignore.find()) {
            s = ignore.replaceFirst("INSERT");
            String trimmed = s.stripTrailing();
            boolean semicolon = trimmed.endsWith(";");
            s = (semicolon ? trimmed.substring(0, trimmed.length() - 1) : trimmed) + " ON CONFLICT DO NOTHING";
        }
        Matcher bad = UNTRANSLATABLE.matcher(s);
        if (bad.find()) {
            throw new IllegalStateException("SQL that PostgreSQL cannot run and Dialect does not translate ("
                    + bad.group() + "): write both forms with Dialect.of");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u0001') {
                int end = s.indexOf('\u0002', i);
                out.append(literals.get(Integer.parseInt(s.substring(i + 1, end))));
                i = end;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * A connection that translates every SQL text it is given ({@code prepareStatement}, a statement's
     * {@code execute...} and {@code addBatch}) into this dialect; the connection itself for SQLite.
     */
    Connection wrap(Connection c) {
        if (this == SQLITE) {
            return c;
        }
        return (Connection) Proxy.newProxyInstance(
                Dialect.class.getClassLoader(), new Class<?>[] {Connection.class}, new Translating(c, this));
    }

    private record Translating(Object target, Dialect dialect) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (args != null
                    && args.length > 0
                    && args[0] instanceof String sql
                    && (method.getName().startsWith("prepare")
                            || method.getName().startsWith("execute")
                            || method.getName().equals("addBatch")
                            || method.getName().equals("nativeSQL"))) {
                args = args.clone();
                args[0] = dialect.translate(sql);
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type) {
                if (type.isInstance(target)) {
                    return target;
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement st && method.getReturnType().isInterface()) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(
                        Dialect.class.getClassLoader(), new Class<?>[] {type}, new Translating(st, dialect));
            }
            return result;
        }
    }
}
