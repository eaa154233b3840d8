package newsarchive.gazetteer;

/**
 * One word of a text or of a gazetteer name, as the tagger compares it: {@code key} is the
 * normalised form (lower case, no diacritics, no apostrophes or ayn marks, Arabic articles folded
 * to "al"); {@code start}/{@code end} are UTF-16 offsets into the text it came from; {@code shape}
 * records its capitalisation; {@code breakBefore} says that punctuation separating clauses or
 * sentences stands between it and the previous word, so no name may span that gap. Immutable.
 */
public record NameToken(String key, int start, int end, Shape shape, boolean breakBefore) {

  /** How a word is written, which decides what an alias written that way may match. */
  public enum Shape {
    /** Starts with a lower-case letter or a digit. */
    LOWER,
    /** Starts with an upper-case letter and is not all capitals. */
    CAPITALISED,
    /** Every letter upper case (an acronym such as IS, or a word in a headline in capitals). */
    ALL_CAPS
  }
}
