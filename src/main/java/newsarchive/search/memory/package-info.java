/**
 * The in-memory counting and orders that replace Lucene's slower paths on the search path. Each is
 * checked against Lucene's own result by a test, and each was measured in the benchmarks
 * (docs/BENCHMARKS.md, the fourth and fifth rounds):
 *
 * <ul>
 *   <li>{@link newsarchive.search.memory.HitSet}: the matched articles as bit sets per segment, in
 *       place of collecting top documents when only counts are needed.
 *   <li>{@link newsarchive.search.memory.FacetTable} with {@code SegmentFacets}, {@link
 *       newsarchive.search.memory.FacetCounts} and {@link newsarchive.search.memory.FacetCounter}:
 *       facet counts, drill-sideways included, in place of Lucene's sorted-set doc-values facet
 *       counts and {@code DrillSideways}. Checked by {@code FacetTableTest} and {@code
 *       SidewaysCountsTest} (against {@code DrillSideways}).
 *   <li>{@link newsarchive.search.memory.IdOrder}: ties broken by ids read as numbers, in place of
 *       Lucene's string sort on the id field. Checked by {@code IdOrderTest}.
 *   <li>{@link newsarchive.search.memory.DateOrder}: hits in date order from per-segment sorted
 *       orders, in place of Lucene's field sort through a priority queue. Checked by {@code
 *       DateOrderTest}.
 * </ul>
 *
 * Only {@code newsarchive.search} uses this package.
 */
package newsarchive.search.memory;
