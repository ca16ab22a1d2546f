import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Prints the SQL of the deal listing exactly as `list deals` runs it (no --as-of, no --party), read from the
 * application's own classes, so a benchmark can hand sqlite3 the same query. Run as a single-file program:
 * {@code java -cp target/alliance-explorer.jar bench/PrintDealSql.java}.
 */
public class PrintDealSql {
    public static void main(String[] args) throws Exception {
        Class<?> repository = Class.forName("org.allianceexplorer.data.SqlDealRepository");
        Class<?> filter = Class.forName("org.allianceexplorer.domain.RecordFilter");
        Method query = repository.getDeclaredMethod("dealQuery", filter, Long.class);
        query.setAccessible(true);
        Object q = query.invoke(null, filter.getField("ALL").get(null), null);
        Field sql = q.getClass().getDeclaredField("sql");
        sql.setAccessible(true);
        System.out.println(sql.get(q));
    }
}
