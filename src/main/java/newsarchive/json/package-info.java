/** The one JSON configuration every package writes and reads JSON with. Knows nothing else. */
package newsarchive.json;
