import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Reads every row and column of a query through sqlite-jdbc (the driver the application uses) as text, three
 * times, and prints the time of each: what the driver alone costs, beside sqlite3 writing the same rows. Run as a
 * single-file program: {@code java -cp target/alliance-explorer.jar bench/JdbcScan.java FILE.sqlite "SELECT ..."}
 * (a query, or {@code @file} to read it from a file).
 */
public class JdbcScan {
    public static void main(String[] args) throws Exception {
        String sql = args[1].startsWith("@") ? Files.readString(Path.of(args[1].substring(1))) : args[1];
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            long rows = 0;
            long chars = 0;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                    Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery(sql)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= cols; i++) {
                            String s = rs.getString(i);
                            chars += s == null ? 0 : s.length();
                        }
                    }
                }
            }
            System.out.printf("run %d: %,d rows, %,d characters, %.2f s%n", run, rows, chars, (System.nanoTime() - t) / 1e9);
        }
    }
}
