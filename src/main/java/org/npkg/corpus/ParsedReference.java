package org.npkg.corpus;

/**
 * A bibliography entry together with its year label ("2015a"), which author–year markers
 * distinguish by but {@link Reference} does not expose.
 */
record ParsedReference(Reference reference, String yearLabel) {
}
