package org.sverka.store;

/** Which document of a bilingual text: the original or its translation. */
public enum Side { SOURCE, TARGET }
