package org.npkg.build;

/**
 * Where a build's time went, in seconds. {@code extraction} is summed over worker threads
 * (reading, extracting, writing RDF and applying the rules to each document), so it can exceed
 * the wall time; {@code writing} is the time the single writer spent inside TDB2's adds and
 * removes (never waiting for a document), by the clock, and {@code writingCpu} the writing
 * thread's CPU time in them, which the extracting threads competing for the cores do not inflate.
 *
 * @param quadsWritten document quads the writer added (ontology and inferred graphs excluded)
 * @param commit       the commit of the build's write transaction
 */
public record BuildTimings(double setup, double extraction, double writing, double writingCpu, long quadsWritten,
        double inference, double counting, double commit) {}
