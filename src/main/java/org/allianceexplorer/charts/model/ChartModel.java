package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.domain.Source;

/** What every chart's numbers have for the frame: the as-of day they were counted on, and their sources. */
public interface ChartModel {

    /** The as-of day, {@code null}: latest. */
    LocalDate asOf();

    /** The sources behind what the chart shows, for the report bundle. */
    List<Source> sources();
}
