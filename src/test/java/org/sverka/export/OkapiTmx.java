package org.sverka.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;

/** Reads a TMX file the way Okapi-based CAT tools do, strictly (exitOnInvalid), to the end. */
public final class OkapiTmx {

    /** One text unit as Okapi sees it; target is null when Okapi found no target variant. */
    public record Unit(String id, String source, String target, String confidence) {
    }

    private OkapiTmx() {
    }

    public static List<Unit> read(Path tmx, String targetLanguage) {
        LocaleId target = LocaleId.fromString(targetLanguage);
        List<Unit> units = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
             RawDocument document = new RawDocument(tmx.toUri(), "UTF-8", LocaleId.EMPTY, target)) {
            filter.getParameters().setExitOnInvalid(true);
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer targetText = unit.getTarget(target);
                    Property confidence = unit.getProperty("x-confidence");
                    units.add(new Unit(unit.getName(), unit.getSource().toString(),
                            targetText == null ? null : targetText.toString(),
                            confidence == null ? null : confidence.getValue()));
                }
            }
        }
        return units;
    }
}
