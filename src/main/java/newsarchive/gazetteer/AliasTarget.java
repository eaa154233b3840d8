package newsarchive.gazetteer;

/**
 * An entry an alias points at, with the capitalisation the alias demands of the text it matches:
 * one byte a word, {@link #FREE}, {@link #CAPITAL} or {@link #ACRONYM}. Immutable (the pattern
 * array is shared and never written after loading).
 */
public record AliasTarget(int entry, byte[] casePattern) {
  /** Any case: Arabic articles and words the alias writes in lower case ("regime forces"). */
  static final byte FREE = 0;

  /** Must start with a capital (or be in capitals): place names, "Free Syrian Army". */
  static final byte CAPITAL = 1;

  /** Must be in capitals: short acronyms, so that the verb "is" is never IS. */
  public static final byte ACRONYM = 2;

  public boolean accepts(NameToken.Shape shape, int position) {
    return switch (casePattern[position]) {
      case CAPITAL -> shape != NameToken.Shape.LOWER;
      case ACRONYM -> shape == NameToken.Shape.ALL_CAPS;
      default -> true;
    };
  }
}
