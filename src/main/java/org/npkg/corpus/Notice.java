package org.npkg.corpus;

/**
 * Something reading or extracting a document changed or left out, worth a warning but not worth
 * skipping the document: a sentence cut to length, control characters read as spaces, a file
 * decoded as UTF-16. The build prints it as {@code file:line:column: message}.
 *
 * @param offset where in the document's text it applies
 */
public record Notice(int offset, String message) {}
