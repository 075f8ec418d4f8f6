package org.sverka.check;

import java.util.ArrayList;
import java.util.List;

/** A check that judges each pair on its own. */
public interface PairCheck extends Check {
    List<Finding> check(CheckedPair pair, CheckContext context);

    @Override
    default List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CheckedPair pair : pairs) {
            findings.addAll(check(pair, context));
        }
        return findings;
    }
}
