package org.npkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Extractor;
import org.npkg.extract.Lexicon;
import org.npkg.extract.SentenceAnalysis;
import org.npkg.text.Tokenizer;

/**
 * Extraction measured without the store: files read and extracted to findings on a number of
 * threads, and mention matching (tokenising and lexicon lookup) alone over sentences in memory.
 */
final class Throughput {

    /**
     * Bytes and sentences processed in so many seconds of wall time, and in so many seconds of
     * CPU time of the threads doing the work (summed over them). On a shared machine other
     * processes stretch the wall time, hardly the working threads' CPU time.
     */
    record Rate(long bytes, long sentences, long findings, double seconds, double cpuSeconds) {
        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** Megabytes per second of one core's CPU time. */
        double megabytesPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }

        double sentencesPerSecond() {
            return sentences / seconds;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final CorpusReader reader = CorpusReader.builder().build();
    private final Extractor extractor;
    private final Lexicon lexicon;

    Throughput(Extractor extractor, Lexicon lexicon) {
        this.extractor = extractor;
        this.lexicon = lexicon;
    }

    /** The median by rate of {@code passes} passes of {@link #extraction(Path, int)}. */
    Rate extraction(Path root, int threads, int passes) {
        List<Rate> rates = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            rates.add(extraction(root, threads));
        }
        rates.sort(Comparator.comparingDouble(Rate::megabytesPerSecond));
        return rates.get(passes / 2);
    }

    /** Reads and extracts every file under {@code root} on {@code threads} threads, holding none. */
    private Rate extraction(Path root, int threads) {
        List<Path> files = reader.files(List.of(root));
        AtomicLong bytes = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        DocumentExtraction extraction = extractor.extract(read(root, files.get(i)));
                        bytes.addAndGet(extraction.document().text().getBytes(StandardCharsets.UTF_8).length);
                        sentences.addAndGet(extraction.sentences().size());
                        findings.addAndGet(extraction.findingCount());
                    }
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Rate(bytes.get(), sentences.get(), findings.get(), (System.nanoTime() - started) / 1e9,
                cpuNanos.get() / 1e9);
    }

    /** Tokenising and lexicon matching over the corpus's sentences, repeated until {@code atLeast} bytes. */
    Rate mentionMatching(Path root, long atLeast) {
        List<String> sentences = new ArrayList<>();
        long corpusBytes = 0;
        for (Path file : reader.files(List.of(root))) {
            for (SentenceAnalysis analysis : extractor.extract(read(root, file)).sentences()) {
                sentences.add(analysis.sentence().text());
                corpusBytes += analysis.sentence().text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long rounds = Math.max(1, (atLeast + corpusBytes - 1) / Math.max(1, corpusBytes));
        long mentions = 0;
        long started = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (long round = 0; round < rounds; round++) {
            for (String sentence : sentences) {
                mentions += lexicon.mentions(Tokenizer.tokenize(sentence)).size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Rate(corpusBytes * rounds, sentences.size() * rounds, mentions, seconds, cpuSeconds);
    }

    private Document read(Path root, Path file) {
        try {
            return reader.read(root, file);
        } catch (CorpusException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
