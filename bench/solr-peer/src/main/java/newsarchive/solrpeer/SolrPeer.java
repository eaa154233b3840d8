package newsarchive.solrpeer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs Apache Solr as the benchmark's peer: one core named {@code archive}, with the schema and
 * config from this module's resources, served over HTTP on loopback at {@code /solr}. Prints one
 * line, {@code solr-peer ready URL}, once it answers, then serves until the process is stopped.
 *
 * <p>Usage: {@code SolrPeer SOLR_HOME PORT}. An existing core in SOLR_HOME is kept, so a second
 * start measures opening an existing index.
 */
public final class SolrPeer {
  static final String CORE = "archive";

  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SolrPeer SOLR_HOME PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    prepare(home);
    JettySolrRunner jetty =
        new JettySolrRunner(
            home.toString(),
            JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
    jetty.start();
    System.out.println("solr-peer ready " + jetty.getBaseUrl());
    System.out.flush();
    Thread.currentThread().join(); // serve until stopped
  }

  /** Writes solr.xml and the core's config files, leaving any index already there. */
  private static void prepare(Path home) throws IOException {
    Path conf = home.resolve(CORE).resolve("conf");
    Files.createDirectories(conf);
    Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n", StandardCharsets.UTF_8);
    Files.writeString(
        home.resolve(CORE).resolve("core.properties"),
        "name=" + CORE + "\n",
        StandardCharsets.UTF_8);
    for (String file : new String[] {"schema.xml", "solrconfig.xml"}) {
      try (InputStream in = SolrPeer.class.getResourceAsStream("/archive-core/conf/" + file)) {
        if (in == null) {
          throw new IOException("missing resource " + file);
        }
        Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
