package org.allianceexplorer.app;

import java.util.function.Consumer;
import org.allianceexplorer.figure.Pages;

/**
 * What File > Print prints of a screen: its pages, made when asked and handed over on the FX thread (a table's
 * rows may have to be read first), with the credits line of the preferences.
 */
@FunctionalInterface
public interface Printable {

    void pages(String credits, Consumer<Pages> ready);
}
