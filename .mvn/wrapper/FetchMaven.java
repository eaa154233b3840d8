import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches the pinned Maven distribution for the launcher when no mvn is on the PATH: downloads the
 * zip named in maven-wrapper.properties, refuses it unless its SHA-256 is the one pinned there,
 * and unpacks it into the destination folder (without the zip's top folder). Run as a single-file
 * program, so it needs nothing but the JDK: {@code java FetchMaven.java PROPERTIES DEST}.
 */
public final class FetchMaven {
  private FetchMaven() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: java FetchMaven.java PROPERTIES DEST");
      System.exit(2);
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      props.load(in);
    }
    String url = props.getProperty("distributionUrl");
    String sum = props.getProperty("distributionSha256Sum", "").toLowerCase(Locale.ROOT);
    if (url == null || sum.length() != 64) {
      fail(args[0] + " needs distributionUrl and a 64-digit distributionSha256Sum");
    }
    Path dest = Path.of(args[1]);
    Path zip = Files.createTempFile("maven-", ".zip");
    try {
      download(url, zip);
      String actual = sha256(zip);
      if (!actual.equals(sum)) {
        fail("the download of " + url + " has SHA-256 " + actual + ", not the pinned " + sum);
      }
      Path partial = Path.of(dest + ".partial");
      deleteTree(partial);
      unzip(zip, partial);
      Files.createDirectories(dest.getParent());
      Files.move(partial, dest, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private static void download(String url, Path to) throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    HttpResponse<Path> response =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(),
            HttpResponse.BodyHandlers.ofFile(to));
    if (response.statusCode() != 200) {
      fail("fetching " + url + " answered HTTP " + response.statusCode());
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Unpacks {@code zip} into {@code dest}, dropping each entry's first folder. */
  private static void unzip(Path zip, Path dest) throws IOException {
    Path root = dest.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String name = e.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path out = root.resolve(name.substring(slash + 1)).normalize();
        if (!out.startsWith(root)) {
          fail("the zip holds a path outside its folder: " + name);
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          if (out.getParent().getFileName().toString().equals("bin")) {
            out.toFile().setExecutable(true, false);
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void fail(String sentence) {
    System.err.println("archive: " + sentence);
    System.exit(2);
  }
}
