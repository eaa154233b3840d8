package newsarchive.tools.generate.outlets;

import java.time.ZoneId;

/**
 * The six fictional outlets whose saved pages make up the corpus. Their web addresses sit under the
 * reserved {@code .example} domain so that no real site is named. Immutable.
 */
public enum Outlet {
  LEVANT_DAILY_MONITOR(
      "Levant Daily Monitor",
      "levant-daily-monitor",
      "https://www.levantmonitor.example",
      "Asia/Beirut",
      new LevantDailyMonitorLayout()),
  EUPHRATES_POST(
      "Euphrates Post",
      "euphrates-post",
      "https://euphratespost.example",
      "Asia/Damascus",
      new EuphratesPostLayout()),
  TIGRIS_OBSERVER(
      "Tigris Observer",
      "tigris-observer",
      "http://www.tigrisobserver.example",
      "Asia/Baghdad",
      new TigrisObserverLayout()),
  DESERT_LINE_NEWS(
      "Desert Line News",
      "desert-line-news",
      "https://desertline.example",
      "Asia/Amman",
      new DesertLineLayout()),
  CROSSROADS_WIRE(
      "Crossroads Wire",
      "crossroads-wire",
      "https://www.crossroadswire.example",
      "UTC",
      new CrossroadsWireLayout()),
  NORTHERN_FRONT_REVIEW(
      "Northern Front Review",
      "northern-front-review",
      "https://northernfront.example",
      "Asia/Baghdad",
      new NorthernFrontLayout());

  private final String displayName;
  private final String slug;
  private final String home;
  private final ZoneId zone;
  private final Layout layout;

  Outlet(String displayName, String slug, String home, String zone, Layout layout) {
    this.displayName = displayName;
    this.slug = slug;
    this.home = home;
    this.zone = ZoneId.of(zone);
    this.layout = layout;
  }

  /** The outlet's name as its pages print it. */
  public String displayName() {
    return displayName;
  }

  /** The folder name of the outlet's pages in a rendered corpus. */
  public String slug() {
    return slug;
  }

  /** The outlet's home page address, without a trailing slash. */
  public String home() {
    return home;
  }

  /** The time zone the outlet's pages state times in. */
  public ZoneId zone() {
    return zone;
  }

  /** The layout that renders this outlet's pages. */
  public Layout layout() {
    return layout;
  }
}
