package newsarchive.web;

/** The JSON of every error response: one sentence a person can act on. Immutable. */
record ApiError(String error) {}
