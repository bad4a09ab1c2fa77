package org.npkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads report files into {@link Document}s. Markdown or plain text is chosen by extension.
 * Immutable and thread-safe, so documents can be read in parallel.
 *
 * <pre>{@code
 * CorpusReader reader = CorpusReader.builder().build();
 * for (Path file : reader.files(List.of(root))) {
 *     Document doc = reader.read(root, file);
 * }
 * }</pre>
 */
public final class CorpusReader {

    private final Set<String> markdown;
    private final Set<String> plainText;
    private final long maxBytes;

    CorpusReader(CorpusReaderBuilder builder) {
        this.markdown = Set.copyOf(builder.markdown);
        this.plainText = Set.copyOf(builder.plainText);
        this.maxBytes = builder.maxBytes;
    }

    public static CorpusReaderBuilder builder() {
        return new CorpusReaderBuilder();
    }

    /**
     * The readable files under each root (a root may also be a single file), recursively,
     * skipping hidden files and folders. Within a root, files are sorted by relative path so
     * that a corpus is always processed in the same order; roots keep the order given.
     *
     * @throws IllegalArgumentException if a root does not exist
     * @throws UncheckedIOException     if a folder cannot be listed
     */
    public List<Path> files(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IllegalArgumentException(root + ": no such file or directory");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> accepts(p) && !hidden(root, p))
                        .sorted(Comparator.comparing(p -> relative(root, p)))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(root + ": cannot list files", e);
            }
        }
        return files;
    }

    /** Reads one file found under {@code root}. */
    public Document read(Path root, Path file) throws CorpusException {
        return read(root, file, bytes(file));
    }

    /**
     * The bytes of a report file, refused (like {@link #read(Path, Path)} refuses them) when the
     * file is larger than the limit or cannot be read.
     */
    public byte[] bytes(Path file) throws CorpusException {
        String shown = shown(file);
        try {
            if (Files.size(file) > maxBytes) {
                throw new CorpusException(shown, 1, 1, "larger than " + maxBytes + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(shown, 1, 1, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file found under {@code root} whose bytes were read already (by {@link #bytes}).
     * Refuses bytes that are not text ({@link SourceText}); what reading had to change is in the
     * document's {@link Document#notices()}.
     */
    public Document read(Path root, Path file, byte[] bytes) throws CorpusException {
        SourceText source = SourceText.decode(bytes, shown(file));
        String text = source.text();
        List<Line> lines = Line.split(text);
        List<RawBlock> raws = markdown.contains(extension(file))
                ? MarkdownParser.parse(lines) : PlainTextParser.parse(lines);
        List<Notice> notices = new ArrayList<>(source.notices());
        if (text.isBlank()) {
            notices.add(new Notice(0, text.isEmpty() ? "empty file: a document with nothing in it"
                    : "only white space: a document with nothing in it"));
        }
        Document document = DocumentAssembler.assemble(Slug.of(file), relative(root, file), text, raws);
        return new Document(document.id(), document.path(), document.text(), document.blocks(),
                document.bibliography(), notices);
    }

    private static String shown(Path file) {
        return file.toString().replace('\\', '/');
    }

    /**
     * Reads text that is not in a file (typed on the command line, say) as a plain-text report
     * named {@code name}: the same parsing as a {@code .txt} file, so a short line standing alone
     * and not ending like a sentence is a heading. A leading byte-order mark is dropped.
     */
    public Document readPlainText(String name, String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return DocumentAssembler.assemble(Slug.of(Path.of(name)), name, body, PlainTextParser.parse(Line.split(body)));
    }

    /** Reads every file under the roots, in {@link #files} order. */
    public List<Document> readAll(List<Path> roots) throws CorpusException {
        List<Document> documents = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : files(List.of(root))) {
                documents.add(read(root, file));
            }
        }
        return documents;
    }

    private boolean accepts(Path file) {
        String ext = extension(file);
        return markdown.contains(ext) || plainText.contains(ext);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Root-relative with '/' separators; a root that is itself a file yields its name. */
    static String relative(Path root, Path file) {
        Path rel = Files.isRegularFile(root) ? root.getFileName() : root.relativize(file);
        return rel.toString().replace('\\', '/');
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
