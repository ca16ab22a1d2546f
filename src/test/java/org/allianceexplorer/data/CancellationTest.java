package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.allianceexplorer.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Cancelling a job interrupts its running SQL statement, and only that one; on each engine (ADR 0018). */
@ParameterizedClass
@EnumSource(Engine.class)
class CancellationTest {

    @Parameter
    Engine engine;

    /** A query that runs for minutes unless interrupted: counts to a billion. */
    private static final String ENDLESS =
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
                    + " SELECT count(*) FROM n";

    private static final class Probe extends SqlSupport {
        Probe(Database db) {
            super(db);
        }

        List<Long> run(String sql) {
            return list(new Query(sql), rs -> rs.getLong(1));
        }
    }

    @Test
    void aRunningStatementStopsWhenItsJobIsCancelledAndTheNextOneRuns() throws Exception {
        try (Database db = engine.openBundled()) {
            Probe probe = new Probe(db);
            Cancellation token = new Cancellation();
            CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return Cancellation.runWith(token, () -> probe.run(ENDLESS));
                } catch (Exception e) {
                    return e;
                }
            });
            Thread.sleep(300);
            long start = System.nanoTime();
            token.cancel();
            Object outcome = running.get(10, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(CancellationException.class);
            assertThat((System.nanoTime() - start) / 1e9).as("seconds to stop").isLessThan(5);
            // the interrupt reached only the cancelled statement: the connection answers the next query
            List<Long> parties = CompletableFuture.supplyAsync(() -> probe.run("SELECT count(*) FROM party"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(parties.get(0)).isPositive();
        }
    }

    @Test
    void aTokenCancelledLateDoesNotReachTheNextStatement() throws Exception {
        try (Database db = engine.openBundled()) {
            Probe probe = new Probe(db);
            Cancellation done = new Cancellation();
            assertThat(Cancellation.runWith(done, () -> probe.run("SELECT count(*) FROM party"))
                            .get(0))
                    .isPositive();
            done.cancel(); // after the statement finished: nothing to interrupt
            List<Long> out = new ArrayList<>(probe.run("SELECT count(*) FROM seat_deal"));
            assertThat(out.get(0)).isPositive();
        }
    }
}
