/**
 * Developer tools, never on the serve or ingest path: the gazetteer builder, the page generator and
 * the extraction evaluation. Only the command dispatch reaches them; nothing in the product imports
 * them.
 */
package newsarchive.tools;
