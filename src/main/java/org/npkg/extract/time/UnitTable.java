package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Time units ({@code units.tsv}) and their surface forms ({@code unit-forms.tsv}). */
final class UnitTable {

    static final List<String> UNIT_COLUMNS = List.of("unit", "seconds", "bare_max_seconds");
    static final List<String> FORM_COLUMNS = List.of("form", "unit", "kind");

    /** Where a form may stand; see the header of {@code unit-forms.tsv}. */
    enum Kind { SINGULAR, PLURAL, ABBREV, TIGHT }

    record Unit(String name, double seconds, double bareMaxSeconds) {
        Scale scale() {
            return Scale.of(seconds);
        }
    }

    record Form(String text, Unit unit, Kind kind) {
        boolean needsDigits() {
            return kind == Kind.ABBREV || kind == Kind.TIGHT;
        }
    }

    record Match(int end, Unit unit) {
    }

    private final PrefixIndex<Form> forms;
    private final List<Form> all;

    private UnitTable(List<Form> forms) {
        this.forms = new PrefixIndex<>(forms, Form::text);
        this.all = forms;
    }

    static UnitTable load(TsvTable units, TsvTable forms) {
        Map<String, Unit> byName = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (TsvRow row : units.rows()) {
            String name = row.uniqueKey(0, seen);
            double seconds = row.number(1);
            double bareMax = row.number(2);
            if (!(seconds > 0)) {
                throw row.error(1, "a unit must last more than 0 seconds");
            }
            if (!(bareMax > seconds)) {
                throw row.error(2, "must exceed the unit's own " + seconds + " seconds");
            }
            byName.put(name, new Unit(name, seconds, bareMax));
        }
        List<Form> list = new ArrayList<>();
        seen.clear();
        for (TsvRow row : forms.rows()) {
            String text = row.uniqueKey(0, seen);
            Unit unit = byName.get(row.get(1));
            if (unit == null) {
                throw row.error(1, "unknown unit '" + row.get(1) + "', not defined in " + units.resource());
            }
            list.add(new Form(text, unit, row.constant(2, Kind.class)));
        }
        list.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
        return new UnitTable(List.copyOf(list));
    }

    /**
     * A unit right after a number ending at {@code pos}: separated by spaces or one hyphen,
     * or glued for TIGHT forms after digits.
     */
    Optional<Match> afterNumber(String t, int pos, boolean digits) {
        int spaced = Chars.skipSpaces(t, pos);
        boolean hyphen = pos < t.length() && Chars.isHyphen(t.charAt(pos));
        int start = spaced > pos ? spaced : hyphen ? pos + 1 : pos;
        for (Form form : forms.at(t, start)) {
            if (form.needsDigits() && !digits) {
                continue;
            }
            int end = -1;
            if (spaced > pos) {
                end = match(t, spaced, form);
            } else if (hyphen) {
                end = match(t, pos + 1, form);
            } else if (form.kind() == Kind.TIGHT) {
                end = match(t, pos, form);
            }
            if (end > 0) {
                return Optional.of(new Match(end, form.unit()));
            }
        }
        return Optional.empty();
    }

    /** The forms that may follow a number word or stand alone: "day", "weeks", not "h". */
    List<String> wordForms() {
        return all.stream().filter(f -> !f.needsDigits()).map(Form::text).toList();
    }

    /** Whether a bare unit may start at {@code pos}. */
    boolean mayStartAt(String t, int pos) {
        return forms.mayStartAt(t, pos);
    }

    /** A bare plural unit ("hours") starting a word at {@code pos}. */
    Optional<Match> bare(String t, int pos) {
        if (!Chars.wordStartsAt(t, pos)) {
            return Optional.empty();
        }
        List<Form> candidates = forms.at(t, pos);
        for (int k = 0; k < candidates.size(); k++) { // indexed: no iterator for every word of a text
            Form form = candidates.get(k);
            int end = form.kind() == Kind.PLURAL ? match(t, pos, form) : -1;
            if (end > 0) {
                return Optional.of(new Match(end, form.unit()));
            }
        }
        return Optional.empty();
    }

    private static int match(String t, int pos, Form form) {
        return Chars.matchPhrase(t, pos, form.text(), !form.needsDigits());
    }
}
