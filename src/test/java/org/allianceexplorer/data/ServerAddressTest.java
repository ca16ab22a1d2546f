package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The address of a team database: what is read from it, and what is refused with a one-line message. */
class ServerAddressTest {

    @Test
    void readsUserHostPortDatabaseAndSslmode() {
        ServerAddress a = ServerAddress.parse("postgresql://ayesha@db.example.org:6543/alliances?sslmode=verify-full");
        assertThat(a).isEqualTo(new ServerAddress("ayesha", "db.example.org", 6543, "alliances", "verify-full"));
        assertThat(a.toString()).isEqualTo("postgresql://ayesha@db.example.org:6543/alliances?sslmode=verify-full");
        assertThat(ServerAddress.parse("postgres://u@h/d")).isEqualTo(new ServerAddress("u", "h", 5432, "d", null));
        assertThat(ServerAddress.parse("postgresql://u@[::1]:5433/d").host()).isEqualTo("[::1]");
    }

    @Test
    void tellsServersFromFiles() {
        assertThat(ServerAddress.isServer("postgresql://u@h/d")).isTrue();
        assertThat(ServerAddress.isServer("PostgreSQL://u@h/d")).isTrue();
        assertThat(ServerAddress.isServer("my.sqlite")).isFalse();
        assertThat(ServerAddress.isServer("postgresql.sqlite")).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://ayesha:s3cret@h:5432/d"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("must not contain a password")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void malformedAddressesGetOneLineMessages() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h:5432/d")).hasMessageContaining("needs a user");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@h:99999/d"))
                .hasMessageContaining("not a port number");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@h/d?sslmode=sometimes"))
                .hasMessageContaining("sslmode sometimes is not one of");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@h/d?password=x"))
                .hasMessageContaining("setting password is not known");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@h")).hasMessageContaining("not a server address");
        for (String bad : new String[] {"postgresql://u@h/d?sslmode=x", "postgresql://u@h"}) {
            assertThatThrownBy(() -> ServerAddress.parse(bad))
                    .isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
