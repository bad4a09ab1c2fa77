package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The phrases of a table that can match at a position, judged by the first three characters and
 * the one after a phrase that short, in the table's order. The scanners try their phrases at
 * every character of a sentence; most positions start none of them, and this index lets them skip the rest without changing which
 * phrase wins: a phrase that {@link Chars#matchPhrase} could match (with or without case) is
 * always among the candidates, and the candidates keep the table's order.
 *
 * <p>Characters are compared lower-cased, as {@link Chars#matchPhrase} does when it ignores
 * case, and any white space counts as one. A phrase with a space before the depth (a space
 * matches a run of any length) stays a candidate whatever follows; so does a phrase shorter than
 * the depth, except that one ending in a letter or digit ("a", "in", "by") must end a word, as
 * {@link Chars#matchPhrase} requires: the number word "a" is no candidate at "and", "as" or "also".
 *
 * @param <T> a table entry
 */
final class PrefixIndex<T> {

    private static final int DEPTH = 3;

    /**
     * The entries that may match after a prefix: after one more character that is the i-th of
     * {@code keys}, those of {@code children.get(i)}; after any other, {@code anyNext}, or
     * {@code anyWordNext} when that character is a letter or digit, which leaves out the phrases
     * that end a word right here. A string of keys searched with {@code indexOf} is faster than a
     * map of boxed characters.
     */
    private record Node<T>(List<T> entries, List<T> anyNext, List<T> anyWordNext, String keys, List<Node<T>> children) {
    }

    private final Node<T> root;
    /** Whether an ASCII character may start a phrase: the first step of {@link #mayStartAt} without a search of the keys. */
    private final boolean[] asciiStarts = new boolean[128];

    /**
     * For each {@link Triple}, whether {@link #at} finds a phrase after it: a word start is
     * answered with one bit test instead of a walk down the nodes. Three characters are the
     * whole depth, and {@link #at} reads letters case folded and any white space as one, so the
     * answer is {@link #at}'s for any text the triple begins.
     */
    private final long[] triples;

    PrefixIndex(List<T> entries, Function<T, String> phrase) {
        this.root = node(List.copyOf(entries), phrase, 0);
        for (char c = 0; c < asciiStarts.length; c++) {
            asciiStarts[c] = !root.anyNext().isEmpty() || root.keys().indexOf(key(c)) >= 0;
        }
        this.triples = Triple.bits(text -> !at(text, 0).isEmpty());
    }

    /** The entries whose phrase may match at {@code pos} of {@code t}, in table order. */
    List<T> at(String t, int pos) {
        Node<T> node = root;
        for (int depth = 0; depth < DEPTH && pos + depth < t.length(); depth++) {
            char c = t.charAt(pos + depth);
            int i = node.keys().indexOf(key(c));
            if (i < 0) {
                return Chars.isWordChar(c) ? node.anyWordNext() : node.anyNext();
            }
            node = node.children().get(i);
        }
        return node.entries();
    }

    /**
     * Whether some phrase may match at {@code pos}: false exactly when {@link #at} finds no
     * candidate there. Asked at most words of a text, so most answers come from the first
     * character alone.
     */
    boolean mayStartAt(String t, int pos) {
        char first = t.charAt(pos);
        if (first < asciiStarts.length && !asciiStarts[first]) {
            return false;
        }
        int triple = Triple.at(t, pos);
        if (triple >= 0) {
            return Triple.has(triples, triple);
        }
        return !at(t, pos).isEmpty();
    }

    private static <T> Node<T> node(List<T> entries, Function<T, String> phrase, int depth) {
        List<T> anyNext = select(entries, phrase, text -> anyAt(text, depth));
        List<T> anyWordNext = select(entries, phrase, text -> anyAt(text, depth) && !endsWordAt(text, depth));
        StringBuilder keys = new StringBuilder();
        List<Node<T>> children = new ArrayList<>();
        for (T entry : depth < DEPTH ? entries : List.<T>of()) {
            String text = phrase.apply(entry);
            if (!anyAt(text, depth) && keys.indexOf(String.valueOf(key(text.charAt(depth)))) < 0) {
                char next = key(text.charAt(depth));
                boolean wordNext = Chars.isWordChar(next);
                keys.append(next);
                children.add(node(select(entries, phrase, other -> anyAt(other, depth)
                        ? !(wordNext && endsWordAt(other, depth)) : key(other.charAt(depth)) == next), phrase, depth + 1));
            }
        }
        return new Node<>(entries, anyNext, anyWordNext, keys.toString(), List.copyOf(children));
    }

    /** Whether {@code text} may match whatever character the text has at {@code depth}. */
    private static boolean anyAt(String text, int depth) {
        return text.length() <= depth || text.substring(0, depth).indexOf(' ') >= 0;
    }

    /**
     * Whether {@code text} ends at {@code depth} with a letter or digit and has no space: it
     * matches only where the text has no letter or digit at {@code depth}.
     */
    private static boolean endsWordAt(String text, int depth) {
        return depth > 0 && text.length() == depth && text.indexOf(' ') < 0 && Chars.isWordChar(text.charAt(depth - 1));
    }

    private static <T> List<T> select(List<T> entries, Function<T, String> phrase, Predicate<String> keep) {
        List<T> kept = new ArrayList<>();
        for (T entry : entries) {
            if (keep.test(phrase.apply(entry))) {
                kept.add(entry);
            }
        }
        return List.copyOf(kept);
    }

    private static char key(char c) {
        return Chars.isSpace(c) ? ' ' : Character.toLowerCase(c);
    }
}
