package newsarchive;

/** The composition root: parses the command line and builds every object. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("archive: commands to come");
  }
}
