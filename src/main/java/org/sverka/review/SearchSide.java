package org.sverka.review;

/** Which texts of a pair a search looks at. */
public enum SearchSide {
    SOURCE, TARGET, BOTH
}
