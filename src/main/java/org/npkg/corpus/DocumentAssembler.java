package org.npkg.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a parser's raw blocks into the finished {@link Document}: blanks markup, tracks the
 * heading path, parses the bibliography and finds citations (which needs the bibliography, so
 * it comes last).
 */
final class DocumentAssembler {

    private record Heading(int level, String text) {
    }

    private DocumentAssembler() {
    }

    static Document assemble(String id, String path, String text, List<RawBlock> parsed) {
        List<RawBlock> raws = PageBreaks.join(text, parsed);
        List<ParsedReference> references = BibliographyParser.parseAll(text, raws);
        CitationFinder finder = new CitationFinder(new CitationResolver(references));
        Deque<Heading> open = new ArrayDeque<>();
        List<Block> blocks = new ArrayList<>();
        for (RawBlock raw : raws) {
            String clean = MarkupBlanker.clean(text, raw);
            if (raw.kind() == BlockKind.HEADING) {
                while (!open.isEmpty() && open.peekLast().level() >= raw.level()) {
                    open.removeLast();
                }
                open.addLast(new Heading(raw.level(), clean.strip().replaceAll("\\s+", " ")));
            }
            List<String> sectionPath = open.stream().map(Heading::text).toList();
            List<Citation> citations = raw.kind() == BlockKind.REFERENCE
                    ? List.of() : finder.find(text, raw, clean);
            blocks.add(new Block(raw.kind(), raw.start(), raw.end(), clean, sectionPath, citations));
        }
        return new Document(id, path, text,
                blocks, references.stream().map(ParsedReference::reference).toList());
    }
}
