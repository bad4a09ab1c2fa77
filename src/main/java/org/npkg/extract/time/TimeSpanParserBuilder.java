package org.npkg.extract.time;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Configures a {@link TimeSpanParser}. Tables not given are loaded from this package's
 * resources ({@code units.tsv}, {@code unit-forms.tsv}, {@code numbers.tsv}, {@code cues.tsv},
 * {@code qualitative.tsv}). Each table is read and checked when given; references between
 * tables (a form's unit) are checked by {@link #build()}. Faults raise {@link TimeSpanException}.
 */
public final class TimeSpanParserBuilder {

    private TsvTable units;
    private TsvTable unitForms;
    private TsvTable numbers;
    private TsvTable cues;
    private TsvTable qualitative;
    private double maxSeconds = TimeSpanParser.DEFAULT_MAX_SECONDS;

    TimeSpanParserBuilder() {
    }

    /** Replaces {@code units.tsv}; {@code name} appears in error messages. Closes the reader. */
    public TimeSpanParserBuilder units(String name, Reader table) {
        units = TsvTable.read(name, table, UnitTable.UNIT_COLUMNS);
        return this;
    }

    /** Replaces {@code unit-forms.tsv}. */
    public TimeSpanParserBuilder unitForms(String name, Reader table) {
        unitForms = TsvTable.read(name, table, UnitTable.FORM_COLUMNS);
        return this;
    }

    /** Replaces {@code numbers.tsv}. */
    public TimeSpanParserBuilder numbers(String name, Reader table) {
        numbers = TsvTable.read(name, table, NumberReader.COLUMNS);
        return this;
    }

    /** Replaces {@code cues.tsv}. */
    public TimeSpanParserBuilder cues(String name, Reader table) {
        cues = TsvTable.read(name, table, CueTable.COLUMNS);
        return this;
    }

    /** Replaces {@code qualitative.tsv}. */
    public TimeSpanParserBuilder qualitative(String name, Reader table) {
        qualitative = TsvTable.read(name, table, QualitativeTable.COLUMNS);
        return this;
    }

    /** Caps both bounds of every span; default {@link TimeSpanParser#DEFAULT_MAX_SECONDS}. */
    public TimeSpanParserBuilder maxSeconds(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("maxSeconds must be finite and > 0: " + seconds);
        }
        maxSeconds = seconds;
        return this;
    }

    public TimeSpanParser build() {
        UnitTable unitTable = UnitTable.load(orDefault(units, "units.tsv", UnitTable.UNIT_COLUMNS),
                orDefault(unitForms, "unit-forms.tsv", UnitTable.FORM_COLUMNS));
        NumberReader numberReader = NumberReader.load(orDefault(numbers, "numbers.tsv", NumberReader.COLUMNS));
        QualitativeTable qualitativeTable = QualitativeTable.load(orDefault(qualitative, "qualitative.tsv",
                QualitativeTable.COLUMNS));
        List<String> coreWords = new ArrayList<>(unitTable.wordForms());
        coreWords.addAll(qualitativeTable.texts());
        return new TimeSpanParser(new QuantityScanner(numberReader, unitTable),
                CueTable.load(orDefault(cues, "cues.tsv", CueTable.COLUMNS)), qualitativeTable,
                new SpanCores(coreWords), maxSeconds);
    }

    private static TsvTable orDefault(TsvTable given, String resource, List<String> columns) {
        return given != null ? given : TsvTable.resource(resource, columns);
    }
}
