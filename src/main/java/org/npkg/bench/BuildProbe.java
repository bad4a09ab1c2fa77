package org.npkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.npkg.build.BuildReport;
import org.npkg.build.BuildService;

/**
 * A build in a JVM of its own, so the benchmark sees its real heap: runs one build and prints
 * its report and the peak heap on one line of {@code key=value} pairs for {@link ChildBuild}.
 *
 * <p>Usage: {@code BuildProbe CORPUS ONTOLOGY STORE THREADS full|incremental}
 */
public final class BuildProbe {

    private BuildProbe() {}

    public static void main(String[] args) throws Exception {
        BuildReport report = BuildService.builder().corpus(Path.of(args[0])).ontology(Path.of(args[1]))
                .store(Path.of(args[2])).threads(Integer.parseInt(args[3])).full(args[4].equals("full")).build().run();
        var t = report.timings();
        System.out.printf(Locale.ROOT,
                "probe mode=%s documents=%d extracted=%d sentences=%d findings=%d triples=%d bytes=%d seconds=%.3f "
                        + "setup=%.3f extraction=%.3f writing=%.3f writingCpu=%.3f commit=%.3f quads=%d inference=%.3f "
                        + "counting=%.3f peakHeapMB=%.1f%n",
                report.mode(), report.documents(), report.extracted(), report.sentences(), report.findings(),
                report.triples(), report.bytes(), report.seconds(), t.setup(), t.extraction(), t.writing(),
                t.writingCpu(), t.commit(), t.quadsWritten(), t.inference(), t.counting(), peakHeapBytes() / 1e6);
        System.exit(0);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
