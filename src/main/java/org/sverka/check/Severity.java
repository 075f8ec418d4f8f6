package org.sverka.check;

/** How much a finding matters: ERROR is almost surely wrong, WARNING needs a look, INFO is a hint. */
public enum Severity { ERROR, WARNING, INFO }
