package org.allianceexplorer.domain;

import java.util.Arrays;
import java.util.Locale;

/** The codes of {@link Coded} enums: each constant's name in lower case, worked out once per enum (read per row). */
final class CodedNames {

    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
        }
    };

    private CodedNames() {}

    static String code(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
