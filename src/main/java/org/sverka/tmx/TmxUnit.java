package org.sverka.tmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One translation unit read from a TMX file: the source and target text (inline codes removed, see
 * {@link TmxReader}) and the unit's {@code <prop>}s by type, in file order (the first of several props with
 * the same type wins).
 */
public record TmxUnit(String sourceText, String targetText, Map<String, String> props) {
    public TmxUnit {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        props = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(props, "props")));
    }
}
