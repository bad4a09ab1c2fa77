package org.npkg.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.npkg.graph.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives each file's {@link Outcome} in corpus order, on one thread: the first readable file
 * with an id claims it (a later file with the same id is skipped with a warning), new graphs go
 * to the {@link GraphWriter}, and the counts and manifest entries of the whole corpus add up
 * here, whether a document was extracted now or by an earlier build.
 */
final class DocumentSink {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSink.class);

    private final GraphWriter writer;
    private final boolean replacing;
    private final BuildProgress progress;
    private final Set<String> ids = new HashSet<>();
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int sentences;
    private int mentions;
    private int findings;
    private int extracted;

    /** {@code replacing}: the database may already hold a graph of the same name (an update). */
    DocumentSink(GraphWriter writer, boolean replacing, BuildProgress progress) {
        this.writer = writer;
        this.replacing = replacing;
        this.progress = progress;
    }

    void accept(SourceFile source, Outcome outcome) {
        // Warnings are returned in the report, which the command prints once; logging them too would print them twice.
        if (outcome instanceof Outcome.Skipped skipped) {
            LOG.debug(skipped.warning());
            warnings.add(skipped.warning());
        } else if (outcome instanceof Outcome.Unchanged unchanged) {
            claim(source, unchanged.entry());
        } else if (outcome instanceof Outcome.Extracted done && claim(source, done.entry())) {
            for (String warning : done.warnings()) {
                LOG.debug(warning);
                warnings.add(warning);
            }
            if (replacing) {
                writer.replace(Iris.document(done.entry().id()).asNode(), done.graph());
            } else {
                writer.add(Iris.document(done.entry().id()).asNode(), done.graph());
            }
            extracted++;
            LOG.info("{}: {} sentences, {} findings", source.relativePath(), done.entry().sentences(),
                    done.entry().findings());
        }
        progress.documentDone(outcome.bytes());
    }

    private boolean claim(SourceFile source, ManifestEntry entry) {
        if (!ids.add(entry.id())) {
            warnings.add("skipped " + source.file() + ": another document already has the id " + entry.id());
            return false;
        }
        entries.add(entry);
        sentences += entry.sentences();
        mentions += entry.mentions();
        findings += entry.findings();
        return true;
    }

    /** Ids that hold a graph after this build. */
    Set<String> ids() {
        return Set.copyOf(ids);
    }

    List<ManifestEntry> entries() {
        return List.copyOf(entries);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    int sentences() {
        return sentences;
    }

    int mentions() {
        return mentions;
    }

    int findings() {
        return findings;
    }

    int extracted() {
        return extracted;
    }
}
