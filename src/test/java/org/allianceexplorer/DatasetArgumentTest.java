package org.allianceexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetException;
import org.junit.jupiter.api.Test;

/** {@code --dataset KEY} alone opens the window on that bundled dataset; with a command it runs headless. */
class DatasetArgumentTest {

    @Test
    void datasetAloneOpensTheWindowOnIt() {
        assertThat(Launcher.opensWindow(new String[] {"--dataset", "malaysia-ge15"}))
                .isTrue();
        assertThat(Launcher.opensWindow(new String[] {"info", "--dataset", "malaysia-ge15"}))
                .isFalse();
        assertThat(App.datasetArgument(List.of("--dataset", "Malaysia-GE15"))).isSameAs(BundledDataset.MALAYSIA_GE15);
        assertThat(App.datasetArgument(List.of("--db", "x.sqlite"))).isNull();
        assertThatThrownBy(() -> App.datasetArgument(List.of("--dataset", "atlantis")))
                .isInstanceOf(DatasetException.class)
                .hasMessage("no bundled dataset 'atlantis'; there are: pakistan, malaysia-ge15");
    }
}
