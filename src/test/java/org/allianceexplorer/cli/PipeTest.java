package org.allianceexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipeTest {

    @Test
    void everyRowArrivesInOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        try (Pipe<Integer> pipe = new Pipe<>(seen::add)) {
            for (int i = 0; i < 100_000; i++) {
                pipe.add(i);
            }
            pipe.finish();
        }
        assertThat(seen).hasSize(100_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aFailingWriterStopsTheReaderWithItsMessage() {
        assertThatThrownBy(() -> {
                    try (Pipe<Integer> pipe = new Pipe<>(row -> {
                        if (row == 5000) {
                            throw new IOException("No space left on device");
                        }
                    })) {
                        for (int i = 0; i < 1_000_000; i++) {
                            pipe.add(i);
                        }
                        pipe.finish();
                    }
                })
                .isInstanceOfAny(UncheckedIOException.class, IOException.class)
                .hasMessageContaining("No space left on device");
    }
}
