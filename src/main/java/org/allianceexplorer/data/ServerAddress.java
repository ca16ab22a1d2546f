package org.allianceexplorer.data;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team database lives: {@code postgresql://USER@HOST:PORT/DB[?sslmode=MODE]} (ADR 0018). The password is
 * never part of it: it comes from {@code PGPASSWORD}, {@code ~/.pgpass} or the person at the window, so an
 * address can be shown, logged and kept in the recent list as it is ({@link #toString}).
 */
public record ServerAddress(String user, String host, int port, String database, String sslmode) {

    /** The PostgreSQL port when none is given. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern URL = Pattern.compile(
            "postgres(?:ql)?://(?:([^@/?#]*)@)?(\\[[0-9A-Fa-f:.]+\\]|[^:/?#@\\[\\]]+)(?::([0-9]{1,5}))?/([^/?#]+)(?:\\?(.*))?");
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public ServerAddress {
        if (user == null || user.isBlank()) {
            throw new DatabaseException("a server address needs a user: postgresql://USER@HOST:PORT/DATABASE");
        }
        if (port < 1 || port > 65535) {
            throw new DatabaseException("the server's port " + port + " is not a port number (1 to 65535)");
        }
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw new DatabaseException("sslmode " + sslmode + " is not one of "
                    + String.join(", ", SSL_MODES.stream().sorted().toList()));
        }
    }

    /** True for text that names a server rather than a file. */
    public static boolean isServer(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /** Reads an address; a malformed one, or one with a password in it, gets a one-line message. */
    public static ServerAddress parse(String text) {
        Matcher m = URL.matcher(text.strip());
        if (!m.matches()) {
            throw new DatabaseException(
                    "not a server address (expected postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE])");
        }
        String userInfo = m.group(1);
        if (userInfo != null && userInfo.contains(":")) {
            // the text is the user's command line or preference: say so without repeating what they typed
            throw new DatabaseException("a server address must not contain a password; give it in ~/.pgpass or"
                    + " PGPASSWORD, or type it when asked");
        }
        String sslmode = null;
        if (m.group(5) != null && !m.group(5).isEmpty()) {
            for (String pair : m.group(5).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!key.equals("sslmode")) {
                    throw new DatabaseException("the server address's setting " + key + " is not known (only sslmode)");
                }
                sslmode = value;
            }
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        return new ServerAddress(
                userInfo == null ? null : decode(userInfo), m.group(2), port, decode(m.group(4)), sslmode);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The JDBC URL (no user, no password: those go as connection properties). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The same server and user, another database. */
    public ServerAddress withDatabase(String name) {
        return new ServerAddress(user, host, port, name, sslmode);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + (sslmode == null ? "" : "?sslmode=" + sslmode);
    }
}
