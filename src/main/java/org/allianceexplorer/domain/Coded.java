package org.allianceexplorer.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum stored in the database and in CSV by a lower-case code: its constant's name in lower case
 * ({@code ELECTORAL_ALLIANCE} is {@code electoral_alliance}). Implemented by enums only.
 */
public interface Coded {

    /** The code as stored: {@code electoral_alliance}. */
    default String code() {
        return CodedNames.code((Enum<?>) this);
    }

    /** The code for people: {@code electoral alliance}. */
    default String label() {
        return code().replace('_', ' ');
    }

    /** Looks a code up, with a message that lists the codes allowed. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(c)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + codes(type));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
