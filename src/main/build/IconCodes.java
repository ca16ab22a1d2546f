/** Prints each icon name given (mdi2h-handshake-outline) with its code point in the Material Design Icons font, as name=hex (icon-font.sh). */
public class IconCodes {
    public static void main(String[] names) throws Exception {
        for (String n : names) {
            char letter = Character.toUpperCase(n.charAt(4));
            Class<?> c = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter);
            Object ikon = c.getMethod("findByDescription", String.class).invoke(null, n);
            int code = (int) c.getMethod("getCode").invoke(ikon);
            System.out.printf("%s=%x%n", n, code);
        }
    }
}
