package org.allianceexplorer.testing;

/** A {@link WindowTest} whose window is a laptop's 1280x720, the size the window must read well at. */
public abstract class LaptopWindowTest extends WindowTest {

    @Override
    protected double windowWidth() {
        return 1280;
    }

    @Override
    protected double windowHeight() {
        return 720;
    }
}
