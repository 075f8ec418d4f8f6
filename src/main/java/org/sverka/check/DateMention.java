package org.sverka.check;

/** A calendar date found in a text; day or year are 0 when the text does not give them. */
record DateMention(Span span, int day, int month, int year) {
    /** Whether both can be the same date: day and month agree, and years agree where both are given. */
    boolean sameDate(DateMention other) {
        return day == other.day && month == other.month && (year == 0 || other.year == 0 || year == other.year);
    }

    String display() {
        return (day > 0 ? day + "." : "") + month + (year > 0 ? "." + year : "");
    }
}
