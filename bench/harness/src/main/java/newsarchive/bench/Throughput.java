package newsarchive.bench;

/** How many items one timed run handled and in how long. */
record Throughput(long items, long nanos) {
  Throughput {
    if (items < 0 || nanos <= 0) {
      throw new IllegalArgumentException(items + " items in " + nanos + " ns");
    }
  }

  double perSecond() {
    return items * 1e9 / nanos;
  }

  double seconds() {
    return nanos / 1e9;
  }
}
