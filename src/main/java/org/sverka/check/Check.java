package org.sverka.check;

import java.util.List;

/**
 * A translation check over a whole text. Most checks look at one pair at a time ({@link PairCheck});
 * text-level checks (length outliers, consistency) need every pair of the text at once.
 */
public interface Check {
    /** A stable id such as {@code NUMBERS}; stored with findings and used to dismiss them. */
    String id();

    List<Finding> check(List<CheckedPair> pairs, CheckContext context);

    /** A clean pair and a faulty one with the expected spans marked; CheckExamplesTest runs them. */
    CheckExample example();
}
