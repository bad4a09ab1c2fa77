package org.npkg.build;

/**
 * Where a build's time went, in seconds. {@code extraction} is summed over worker threads
 * (reading, extracting, writing RDF and applying the rules to each document), so it can exceed
 * the wall time; {@code writing} is the time the single writer spent adding quads to TDB2.
 *
 * @param quadsWritten document quads the writer added (ontology and inferred graphs excluded)
 */
public record BuildTimings(double setup, double extraction, double writing, long quadsWritten, double inference,
        double counting) {}
