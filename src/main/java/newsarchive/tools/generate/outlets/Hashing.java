package newsarchive.tools.generate.outlets;

/**
 * Stable 64-bit mixing for deterministic choices (SplitMix64's finaliser): the same input gives the
 * same output on every JVM, unlike identity hash codes. Stateless.
 */
public final class Hashing {
  private Hashing() {}

  public static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed for one named choice about one thing, such as ("outlet", story id) under a seed. */
  public static long seed(long seed, String purpose, String key) {
    return mix(mix(seed ^ purpose.hashCode()) ^ key.hashCode());
  }
}
