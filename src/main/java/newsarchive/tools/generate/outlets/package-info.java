/**
 * The six fictional outlets and their page layouts: each lays a story out as a saved page with its
 * own markup, dates, metadata and furniture (menus, share bars, related links, comments, ads).
 * Knows nothing of how stories are made or written to disk.
 */
package newsarchive.tools.generate.outlets;
