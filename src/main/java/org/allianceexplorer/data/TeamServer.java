package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Sets up a team database on a PostgreSQL server (issue 17, ADR 0018): the schema (unless {@code copy} made it
 * already), and two group roles whose
 * rights the server enforces: readers may only read; editors may also add, change and delete records (and write
 * the history and the derived tables the triggers keep), but not the schema's version. People get a login role
 * that is a member of one of them ({@code CREATE ROLE ayesha LOGIN PASSWORD '...' IN ROLE editors}).
 */
public final class TeamServer {

    /** A role's name as we accept it: a plain lower-case SQL name, so it never needs quoting. */
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TeamServer() {}

    /** The roles made: who may read, who may edit. */
    public record Roles(String readers, String editors) {
        public Roles {
            for (String r : new String[] {readers, editors}) {
                if (r == null || !ROLE.matcher(r).matches()) {
                    throw new DatabaseException("a role's name must be lower-case letters, digits and _ (at most 63),"
                            + " starting with a letter or _: " + r);
                }
            }
            if (readers.equals(editors)) {
                throw new DatabaseException("the readers' and the editors' roles must differ");
            }
        }

        /** {@code DB_readers} and {@code DB_editors}: each team database its own (roles are the server's). */
        public static Roles of(ServerAddress address) {
            String base = address.database().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
                base = "ae_" + base;
            }
            base = base.substring(0, Math.min(base.length(), 55));
            return new Roles(base + "_readers", base + "_editors");
        }
    }

    /**
     * Makes the schema in the empty database at {@code address} (connecting as its owner or an administrator) and
     * the two roles with their grants, in one transaction; on a team database of the current schema (filled by
     * {@code copy}), the roles and grants alone. Roles that exist already are kept and granted again. Any other
     * database (another application's, an older schema) is refused.
     */
    public static void initialize(ServerAddress address, char[] password, Roles roles) {
        if (isEmpty(address, password)) {
            Database.createOnServer(address, password, c -> () -> grant(c, address, roles))
                    .close();
            return;
        }
        // a team database already (made by copy, or set up before): the roles and grants, in one transaction
        try (Database db = Database.openServer(address, password, false)) {
            Connection c = db.connection();
            Transactions.run(c, () -> grant(c, address, roles));
        } catch (SQLException e) {
            throw ServerConnections.translate(address, e);
        }
    }

    private static boolean isEmpty(ServerAddress address, char[] password) {
        try (Connection c = ServerConnections.connect(address, password, true);
                Statement st = c.createStatement();
                var rs = st.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            return rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw ServerConnections.translate(address, e);
        }
    }

    private static void grant(Connection c, ServerAddress address, Roles roles) throws SQLException {
        String database = "\"" + address.database().replace("\"", "\"\"") + "\"";
        String both = roles.readers() + ", " + roles.editors();
        try (Statement st = c.createStatement()) {
            for (String role : new String[] {roles.readers(), roles.editors()}) {
                // names checked against ROLE: no quoting needed, no way to inject
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            st.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            st.execute("GRANT CONNECT ON DATABASE " + database + " TO " + both);
            st.execute("DO $$ BEGIN"
                    + " EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', current_schema());"
                    + " EXECUTE format('GRANT USAGE ON SCHEMA %I TO " + both + "', current_schema());"
                    + " EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO " + both + "', current_schema());"
                    + " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO " + roles.editors()
                    + "', current_schema());"
                    + " EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO " + roles.editors()
                    + "', current_schema()); END $$");
            // the schema's version is the migrations' alone
            st.execute("REVOKE INSERT, UPDATE, DELETE ON ae_schema FROM " + roles.editors());
        }
    }

    /** True when the connection's user may edit records (an editor or the owner), by the server's grants. */
    public static boolean mayEdit(Database db) {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return !db.readOnly();
        }
        try (Statement st = db.connection().createStatement();
                var rs = st.executeQuery("SELECT has_table_privilege(current_user, 'party', 'INSERT')")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }
}
