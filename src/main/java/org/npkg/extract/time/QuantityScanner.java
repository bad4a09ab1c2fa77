package org.npkg.extract.time;

import java.util.Optional;

/**
 * Finds the longest quantity starting at a position:
 * <pre>
 *   number unit                     "24 h", "two-week", "1.5 years"
 *   number [unit] SEP number unit   "2–4 weeks", "2 to 4 weeks", "24 h to 3 days"
 *   number unit SEP bare-unit       "several weeks to months"
 *   number unit and number unit     "3 years and 4 months" (a sum; only a smaller second unit)
 *   bare-unit [SEP bare-unit]       "hours", "minutes to hours", "days–weeks"
 *   SEP = dash | to | and | or | through | until
 * </pre>
 */
final class QuantityScanner {

    private static final String[] SEPARATOR_WORDS = {"to", "and", "or", "through", "until"};

    private final NumberReader numbers;
    private final UnitTable units;

    QuantityScanner(NumberReader numbers, UnitTable units) {
        this.numbers = numbers;
        this.units = units;
    }

    /** Whether a quantity may start at {@code pos}: a number or a bare unit. */
    boolean mayStartAt(String t, int pos) {
        return numbers.mayStartAt(t, pos) || units.mayStartAt(t, pos);
    }

    Optional<Quantity> at(String t, int pos) {
        Optional<Quantity> numeric = numeric(t, pos);
        return numeric.isPresent() ? numeric : bare(t, pos);
    }

    private Optional<Quantity> numeric(String t, int pos) {
        Optional<NumberReader.Match> first = numbers.at(t, pos);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        NumberReader.Match n1 = first.get();
        Quantity best = null;
        Optional<UnitTable.Match> u1 = units.afterNumber(t, n1.end(), n1.digits());
        if (u1.isPresent()) {
            double low = n1.value() * u1.get().unit().seconds();
            best = Quantity.numeric(pos, u1.get().end(), low, low);
            best = longer(best, secondEnd(t, pos, u1.get(), low));
        }
        return Optional.ofNullable(longer(best, sharedUnit(t, pos, n1)));
    }

    /**
     * The second end of a range whose first end has its own unit: "24 h to 3 days", or a bare
     * larger unit, "several weeks to months" = [3 weeks, bare bound of months].
     */
    private Quantity secondEnd(String t, int pos, UnitTable.Match u1, double low) {
        int next = separator(t, u1.end());
        Optional<NumberReader.Match> n2 = next < 0 ? Optional.empty() : numbers.at(t, next);
        if (n2.isEmpty()) {
            return next < 0 ? null : units.bare(t, next)
                    .filter(u -> u.unit().seconds() > low)
                    .map(u -> new Quantity(pos, u.end(), low, u.unit().bareMaxSeconds(), u.unit().scale()))
                    .orElse(null);
        }
        Optional<UnitTable.Match> u2 = units.afterNumber(t, n2.get().end(), n2.get().digits());
        if (u2.isEmpty()) {
            return null;
        }
        double second = n2.get().value() * u2.get().unit().seconds();
        if (!conjunction(t, u1.end())) {
            return Quantity.numeric(pos, u2.get().end(), low, second);
        }
        // "3 years and 4 months" is one duration; "90 minutes and one week" is a list.
        boolean smaller = u2.get().unit().seconds() < u1.unit().seconds();
        return smaller ? Quantity.numeric(pos, u2.get().end(), low + second, low + second) : null;
    }

    /** "2–4 weeks": both numbers take the unit after the second. */
    private Quantity sharedUnit(String t, int pos, NumberReader.Match n1) {
        int next = separator(t, n1.end());
        Optional<NumberReader.Match> n2 = next < 0 ? Optional.empty() : numbers.at(t, next);
        if (n2.isEmpty()) {
            return null;
        }
        return units.afterNumber(t, n2.get().end(), n2.get().digits())
                .map(u -> Quantity.numeric(pos, u.end(), n1.value() * u.unit().seconds(),
                        n2.get().value() * u.unit().seconds()))
                .orElse(null);
    }

    private Optional<Quantity> bare(String t, int pos) {
        Optional<UnitTable.Match> u1 = units.bare(t, pos);
        if (u1.isEmpty()) {
            return Optional.empty();
        }
        UnitTable.Unit lower = u1.get().unit();
        int next = separator(t, u1.get().end());
        Optional<UnitTable.Match> u2 = next < 0 ? Optional.empty() : units.bare(t, next);
        UnitTable.Match upper = u2.filter(u -> u.unit().seconds() >= lower.seconds()).orElse(u1.get());
        return Optional.of(new Quantity(pos, upper.end(), lower.seconds(), upper.unit().bareMaxSeconds(),
                upper.unit().scale()));
    }

    /** Offset after a range separator starting at {@code i} (spaces allowed around it), or -1. */
    static int separator(String t, int i) {
        int j = Chars.skipSpaces(t, i);
        if (j < t.length() && Chars.isDash(t.charAt(j))) {
            return Chars.skipSpaces(t, j + 1);
        }
        if (j == i) {
            return -1;
        }
        for (String word : SEPARATOR_WORDS) {
            int end = Chars.matchPhrase(t, j, word, true);
            if (end > 0 && Chars.skipSpaces(t, end) > end) {
                return Chars.skipSpaces(t, end);
            }
        }
        return -1;
    }

    /** Whether the separator after {@code i} is "and" or "or" rather than a dash or "to". */
    private static boolean conjunction(String t, int i) {
        int j = Chars.skipSpaces(t, i);
        return Chars.matchPhrase(t, j, "and", true) > 0 || Chars.matchPhrase(t, j, "or", true) > 0;
    }

    private static Quantity longer(Quantity a, Quantity b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }
}
