package newsarchive.web;

/** What an address names does not exist; answered as a 404 with this sentence. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String sentence) {
    super(sentence, null, false, false);
  }
}
