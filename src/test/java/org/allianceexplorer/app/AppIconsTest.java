package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The application's icon font holds every icon the code names, each as a glyph at its code point, and Ikonli's
 * {@code FontIcon} draws them from it (src/main/build/icon-font.sh makes the font from the names in the code).
 */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {

    private static final Pattern NAME = Pattern.compile("mdi2[a-z]-[a-z0-9-]+");

    /** Every icon name in the code and style sheets of src/main. */
    private static Set<String> namesInTheCode() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("src/main/resources/org")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(java|css)$"))
                        .toList()) {
                    Matcher m = NAME.matcher(Files.readString(f));
                    while (m.find()) {
                        names.add(m.group());
                    }
                }
            }
        }
        return names;
    }

    @Test
    void theFontHasEveryIconTheCodeNamesAndNoOther() throws Exception {
        Set<String> used = namesInTheCode();
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(AppIcons.all().keySet())
                .as("icons.properties lists the icons the code uses: run src/main/build/icon-font.sh")
                .isEqualTo(used);
    }

    @Test
    void eachIconIsAGlyphOfTheFont() throws Exception {
        Font font;
        try (InputStream in = new AppIcons().getFontResourceAsStream()) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        assertThat(font.getFamily()).isEqualTo("Material Design Icons");
        assertThat(AppIcons.all().values())
                .allSatisfy(i -> assertThat(font.canDisplay(i.getCode()))
                        .as(i.getDescription())
                        .isTrue());
        assertThat(font.canDisplay('A')).as("only the icons").isFalse();
    }

    @Test
    void aFontIconIsDrawnFromTheApplicationsFont(FxRobot robot) {
        FontIcon icon = new FontIcon("mdi2h-handshake-outline");
        // Ikonli names the icon's font in its style: applied in a scene
        robot.interact(() -> {
            new Scene(new StackPane(icon));
            icon.applyCss();
        });
        // the code point of Material Design Icons 7.4.47 (Ikonli's MaterialDesignH.HANDSHAKE_OUTLINE)
        assertThat(icon.getIconCode().getCode()).isEqualTo(0xF15A1);
        assertThat(icon.getFont().getFamily()).isEqualTo("Material Design Icons");
        assertThat(icon.getText())
                .isEqualTo(new String(Character.toChars(icon.getIconCode().getCode())));
    }

    @Test
    void anIconTheFontLacksIsAnErrorThatSaysWhatToRun() {
        assertThatThrownBy(() -> new AppIcons().resolve("mdi2x-no-such-icon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mdi2x-no-such-icon")
                .hasMessageContaining("icon-font.sh");
    }
}
