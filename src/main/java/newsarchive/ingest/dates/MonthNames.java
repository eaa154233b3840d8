package newsarchive.ingest.dates;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and their usual abbreviations, mapped to month numbers. {@link #english()} is for
 * article bodies, where a foreign word that happens to spell a month would be a false date; {@link
 * #multilingual()} is for page metadata and bylines, which come in many languages. Immutable and
 * thread-safe.
 */
final class MonthNames {
  private static final List<List<String>> ENGLISH =
      List.of(
          List.of("january", "jan"),
          List.of("february", "feb"),
          List.of("march", "mar"),
          List.of("april", "apr"),
          List.of("may"),
          List.of("june", "jun"),
          List.of("july", "jul"),
          List.of("august", "aug"),
          List.of("september", "sept", "sep"),
          List.of("october", "oct"),
          List.of("november", "nov"),
          List.of("december", "dec"));

  // Per month: German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish and
  // Czech genitives, Turkish, Russian genitive and nominative, Arabic (Egyptian and Levantine).
  private static final List<List<String>> OTHERS =
      List.of(
          List.of(
              "januar",
              "jänner",
              "jän",
              "janvier",
              "janv",
              "enero",
              "ene",
              "gennaio",
              "gen",
              "janeiro",
              "januari",
              "stycznia",
              "styczeń",
              "ledna",
              "leden",
              "ocak",
              "января",
              "январь",
              "يناير",
              "كانون الثاني"),
          List.of(
              "februar",
              "feber",
              "février",
              "févr",
              "fevrier",
              "fév",
              "febrero",
              "febbraio",
              "fevereiro",
              "fev",
              "februari",
              "lutego",
              "luty",
              "února",
              "únor",
              "şubat",
              "subat",
              "февраля",
              "февраль",
              "فبراير",
              "شباط"),
          List.of(
              "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "mars",
              "marca", "marzec", "března", "březen", "mart", "марта", "март", "مارس", "آذار"),
          List.of(
              "avril",
              "avr",
              "abril",
              "abr",
              "aprile",
              "kwietnia",
              "kwiecień",
              "dubna",
              "duben",
              "nisan",
              "апреля",
              "апрель",
              "أبريل",
              "ابريل",
              "نيسان"),
          List.of(
              "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "května", "květen",
              "mayıs", "mayis", "мая", "май", "مايو", "أيار"),
          List.of(
              "juni",
              "juin",
              "junio",
              "giugno",
              "giu",
              "junho",
              "czerwca",
              "czerwiec",
              "června",
              "červen",
              "haziran",
              "июня",
              "июнь",
              "يونيو",
              "حزيران"),
          List.of(
              "juli",
              "juillet",
              "juil",
              "julio",
              "luglio",
              "lug",
              "julho",
              "lipca",
              "lipiec",
              "července",
              "červenec",
              "temmuz",
              "июля",
              "июль",
              "يوليو",
              "تموز"),
          List.of(
              "august",
              "août",
              "aout",
              "agosto",
              "ago",
              "augustus",
              "augusti",
              "sierpnia",
              "sierpień",
              "srpna",
              "srpen",
              "ağustos",
              "agustos",
              "августа",
              "август",
              "أغسطس",
              "آب"),
          List.of(
              "september",
              "septembre",
              "septiembre",
              "setiembre",
              "settembre",
              "set",
              "setembro",
              "wrzesnia",
              "września",
              "wrzesień",
              "září",
              "eylül",
              "eylul",
              "сентября",
              "сентябрь",
              "سبتمبر",
              "أيلول"),
          List.of(
              "oktober",
              "okt",
              "octobre",
              "octubre",
              "ottobre",
              "ott",
              "outubro",
              "out",
              "października",
              "październik",
              "října",
              "říjen",
              "ekim",
              "октября",
              "октябрь",
              "أكتوبر",
              "اكتوبر",
              "تشرين الأول"),
          List.of(
              "november",
              "novembre",
              "noviembre",
              "novembro",
              "listopada",
              "listopad",
              "listopadu",
              "kasım",
              "kasim",
              "ноября",
              "ноябрь",
              "نوفمبر",
              "تشرين الثاني"),
          List.of(
              "dezember",
              "dez",
              "décembre",
              "decembre",
              "déc",
              "diciembre",
              "dic",
              "dicembre",
              "dezembro",
              "december",
              "grudnia",
              "grudzień",
              "prosince",
              "prosinec",
              "aralık",
              "aralik",
              "декабря",
              "декабрь",
              "ديسمبر",
              "كانون الأول"));

  private static final MonthNames ENGLISH_ONLY = new MonthNames(ENGLISH, List.of());
  private static final MonthNames ALL = new MonthNames(ENGLISH, OTHERS);

  private final Map<String, Integer> monthByName;

  private MonthNames(List<List<String>> first, List<List<String>> second) {
    Map<String, Integer> map = new HashMap<>();
    for (List<List<String>> table : List.of(first, second)) {
      for (int i = 0; i < table.size(); i++) {
        for (String name : table.get(i)) {
          map.putIfAbsent(name, i + 1);
        }
      }
    }
    this.monthByName = Map.copyOf(map);
  }

  static MonthNames english() {
    return ENGLISH_ONLY;
  }

  static MonthNames multilingual() {
    return ALL;
  }

  /** The month number of a name (any case, a trailing dot ignored), or 0 when it is none. */
  int monthOf(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return monthByName.getOrDefault(key, 0);
  }
}
