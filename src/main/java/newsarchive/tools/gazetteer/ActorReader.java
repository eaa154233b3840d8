package newsarchive.tools.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.gazetteer.GazetteerEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads armed groups from the shared actor data: UCDP's formally organised non-state actors that
 * fought in the region, and the Phoenix non-state militant dictionary's groups coded to the region.
 * Governments, informal supporters and identity labels ("Arab", "Government of X") are left out
 * (the overlay names state forces as the press does), and so are Phoenix's names that do not say
 * they name a group (they are mostly leaders). Not thread-safe; one build.
 */
final class ActorReader {

  private static final Set<String> UCDP_LOCATIONS =
      Set.of("Syria", "Iraq", "Lebanon", "Turkey", "Jordan", "Israel", "Iran");

  // Phoenix codes begin with a country or region code; these are the region's and the
  // international Islamist militants'.
  private static final Pattern PHOENIX_CODE =
      Pattern.compile("\\[(SYR|IRQ|LBN|JOR|TUR|ISR|PSE|PAL|IRN|MEA|KUR|IMGMUS)[A-Z]*");

  // A Phoenix alias is kept only when it says it is a group; the others are mostly leaders.
  private static final Set<String> GROUP_WORDS =
      Set.of(
          "army",
          "front",
          "brigade",
          "brigades",
          "battalion",
          "battalions",
          "movement",
          "party",
          "organization",
          "organisation",
          "group",
          "groups",
          "state",
          "jabhat",
          "jaysh",
          "jaish",
          "liwa",
          "liwaa",
          "kataib",
          "kataeb",
          "katibat",
          "harakat",
          "hizb",
          "hezbollah",
          "forces",
          "force",
          "council",
          "union",
          "alliance",
          "coalition",
          "league",
          "legion",
          "guards",
          "guard",
          "squadron",
          "squadrons",
          "jihad",
          "mujahideen",
          "mujahidin",
          "fighters",
          "ansar",
          "jund",
          "militia",
          "committee",
          "committees",
          "resistance",
          "revolutionary",
          "liberation",
          "islamic",
          "qaeda",
          "qaida",
          "division",
          "corps",
          "tanzim",
          "jamaat",
          "jamaa",
          "asaib",
          "saraya",
          "faylaq",
          "tahrir");

  private static final Set<String> LOWER_WORDS =
      Set.of("of", "in", "and", "the", "for", "wa", "wal", "fi", "li", "bin", "to", "on", "de");

  private final Path dir;
  private final AliasFilter filter;

  ActorReader(Path actorsDir, AliasFilter filter) {
    this.dir = actorsDir;
    this.filter = filter;
  }

  List<EntryDraft> ucdp() throws IOException {
    List<EntryDraft> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(dir.resolve("ucdp-actor-221.csv"))) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
        if (!r.get("Org").equals("1") || !seen.add(r.get("ActorId")) || !inRegion(r)) {
          continue;
        }
        String english =
            r.get("NameChange").equals("1")
                ? last(r.get("NewNameFullEng"))
                : r.get("NameOrigFullEng").strip();
        String shortName = r.get("NameData").strip();
        boolean acronym = shortName.equals(shortName.toUpperCase(Locale.ROOT));
        String canonical = acronym && !english.isEmpty() ? english : shortName;
        EntryDraft d = new EntryDraft(GazetteerEntry.Kind.FACTION, canonical, "armed group");
        for (String column :
            List.of(
                "NameData",
                "NameOrig",
                "NameOrigFull",
                "NameOrigFullEng",
                "NewName",
                "NewNameFullMotherTongue",
                "NewNameFullEng")) {
          for (String name : r.get(column).split(",")) {
            String alias = name.strip().replaceFirst("^The ", "");
            if (!alias.equals("n/a") && filter.acceptsRaw(alias)) {
              d.aliases.add(alias);
            }
          }
        }
        if (!d.aliases.isEmpty()) {
          out.add(d);
        }
      }
    }
    return out;
  }

  List<EntryDraft> phoenix() throws IOException {
    List<EntryDraft> out = new ArrayList<>();
    EntryDraft current = null;
    boolean keep = false;
    for (String line : Files.readAllLines(dir.resolve("Phoenix.MilNonState.actors.txt"))) {
      String text = line.replaceFirst("#.*", "").strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!line.startsWith("+") && !line.startsWith("\t") && !line.startsWith(" ")) {
        Matcher code = PHOENIX_CODE.matcher(text);
        keep = code.find();
        String name = titleCase(text.replaceFirst("\\[.*", ""));
        current = new EntryDraft(GazetteerEntry.Kind.FACTION, name, "armed group");
        if (keep && isGroupName(name) && filter.acceptsRaw(name)) {
          current.aliases.add(name);
          out.add(current);
        }
      } else if (line.startsWith("+") && keep && current != null) {
        String alias = titleCase(text.substring(1));
        if (isGroupName(alias) && filter.acceptsRaw(alias)) {
          current.aliases.add(alias);
        }
      }
    }
    out.removeIf(d -> d.aliases.isEmpty());
    return out;
  }

  private static boolean inRegion(CSVRecord r) {
    for (String place : r.get("Location").split(",")) {
      if (UCDP_LOCATIONS.contains(place.strip())) {
        return true;
      }
    }
    return false;
  }

  private static String last(String list) {
    String[] parts = list.split(",");
    return parts[parts.length - 1].strip();
  }

  private static boolean isGroupName(String alias) {
    for (String word : alias.toLowerCase(Locale.ROOT).split("[ -]+")) {
      if (GROUP_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  // PETRARCH writes names in capitals with underscores: FREE_SYRIAN_ARMY_ -> Free Syrian Army.
  static String titleCase(String phoenixName) {
    String spaced = phoenixName.replace('_', ' ').replaceAll("\\(.*?\\)", " ").strip();
    StringBuilder sb = new StringBuilder();
    for (String word : spaced.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      if (!sb.isEmpty() && LOWER_WORDS.contains(lower)) {
        sb.append(lower);
      } else {
        StringBuilder w = new StringBuilder(lower);
        for (int i = 0; i < w.length(); i++) {
          if (i == 0 || w.charAt(i - 1) == '-') {
            w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
          }
        }
        sb.append(w);
      }
    }
    return sb.toString().replaceAll("\\bAl-", "al-").replaceAll("^al-", "Al-");
  }
}
