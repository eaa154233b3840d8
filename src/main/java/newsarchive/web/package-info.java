/**
 * HTTP only: the Javalin server, its routes, the mapping of errors to status codes, and the static
 * page. Knows nothing of Lucene.
 */
package newsarchive.web;
