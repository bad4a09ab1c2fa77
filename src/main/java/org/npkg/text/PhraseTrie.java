package org.npkg.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases keyed by normalised token sequences, found in text by longest match. Hyphens are not
 * part of keys or of the matched sequence, so "ketamine-induced" reads as "ketamine induced".
 * Used for concept labels, cue words and relation triggers alike.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

    private final Node<V> root = new Node<>();
    private int size;
    /**
     * Which edge labels exist, one bit per folded hash code ({@link #sketch}); {@code firsts} holds
     * those of the root's edges only. Most words of a text start no phrase: they are passed over
     * with one bit test instead of a map lookup, which was the largest single cost of matching. A
     * String caches its hash code, so the tries of one sentence share its computation.
     */
    private final long[] labels = new long[SKETCH_BITS / 64];
    private final long[] firsts = new long[SKETCH_BITS / 64];

    private static final int SKETCH_BITS = 1 << 16;

    /** A phrase found in text: token indices [first, last] of the hyphen-free sequence, and offsets. */
    public record Match<V>(int start, int end, V value, String key) {}

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
        String key;
    }

    /** The key of a phrase: its normalised tokens without hyphens. */
    public static List<String> key(String phrase) {
        List<String> key = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(phrase)) {
            if (!token.is("-")) {
                key.add(token.norm());
            }
        }
        return key;
    }

    /** Adds a phrase; returns the value already stored under the same key, or null. */
    public V put(List<String> key, V value) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String part : key) {
            long[] bits = node == root ? firsts : labels;
            node = node.next.computeIfAbsent(part, k -> new Node<>());
            int bit = sketch(part);
            bits[bit >>> 6] |= 1L << bit;
        }
        if (node.value != null) {
            return node.value;
        }
        node.value = value;
        node.key = String.join(" ", key);
        size++;
        return null;
    }

    public int size() {
        return size;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<V>> find(List<Token> tokens) {
        List<Token> words = tokens;
        for (Token token : tokens) {
            if (!token.word() && token.is("-")) { // a word is never a hyphen: its text need not be read
                words = withoutHyphens(tokens); // copied only when there is a hyphen to drop
                break;
            }
        }
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int last = -1;
            Node<V> found = null;
            Node<V> node = root;
            for (int j = i; j < words.size() && node != null; j++) {
                String norm = words.get(j).norm();
                int bit = sketch(norm);
                long[] bits = j == i ? firsts : labels;
                node = (bits[bit >>> 6] & (1L << bit)) == 0 ? null : node.next.get(norm);
                if (node != null && node.value != null) {
                    found = node;
                    last = j;
                }
            }
            if (found != null) {
                matches.add(new Match<>(words.get(i).start(), words.get(last).end(), found.value, found.key));
                i = last + 1;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** A word's hash code folded into a bit index; equal words give equal bits. */
    private static int sketch(String word) {
        int h = word.hashCode();
        return (h ^ (h >>> 16)) & (SKETCH_BITS - 1);
    }

    private static List<Token> withoutHyphens(List<Token> tokens) {
        List<Token> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.word() || !token.is("-")) {
                words.add(token);
            }
        }
        return words;
    }
}
