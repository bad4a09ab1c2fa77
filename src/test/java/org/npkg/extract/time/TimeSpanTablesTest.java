package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Table checks: every fault is reported with resource, line and column. */
class TimeSpanTablesTest {

    private static final String QUALITATIVE_HEAD = """
            # FORMAT: word min_seconds max_seconds scale not_before
            # EXAMPLE: acute\t0\t86400\tHOURS\t-
            """;
    private static final String UNITS_HEAD = """
            # FORMAT: unit seconds bare_max_seconds
            # EXAMPLE: hour\t3600\t86400
            """;

    @Test
    void unknownScaleNamesLineAndColumn() {
        TimeSpanException e = qualitative(QUALITATIVE_HEAD + "acute\t0\t86400\tHOURS\t-\nchronic\t1209600\topen\tWEEKZ\t-\n");
        assertFault(e, 4, 22, "unknown value 'WEEKZ'");
        assertTrue(e.getMessage().startsWith("bad.tsv:4:22: column 'scale'"), e.getMessage());
    }

    @Test
    void duplicateKey() {
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\t0\t86400\tHOURS\t-\n\nAcute\t0\t1\tHOURS\t-\n"),
                5, 1, "duplicate key 'Acute'");
    }

    @Test
    void missingAndExtraFields() {
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\t0\t86400\tHOURS\n"), 3, 20, "missing field for column 'not_before'");
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\t0\t86400\tHOURS\t-\tx\n"), 3, 23, "extra field 'x'");
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\t\t86400\tHOURS\t-\n"), 3, 7, "empty field for column 'min_seconds'");
    }

    @Test
    void badNumbersAndBounds() {
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\tsoon\t86400\tHOURS\t-\n"), 3, 7, "'soon' is not a finite number");
        assertFault(qualitative(QUALITATIVE_HEAD + "acute\t10\t5\tHOURS\t-\n"), 3, 10, "below min_seconds");
        assertFault(units(UNITS_HEAD + "hour\t3600\t3600\n"), 3, 11, "must exceed");
    }

    @Test
    void headersAreRequiredAndChecked() {
        assertFault(qualitative("acute\t0\t86400\tHOURS\t-\n"), 1, 1, "data before the '# FORMAT:'");
        assertFault(qualitative("# FORMAT: word min_seconds max_seconds scale not_before\n"), 1, 1, "missing '# EXAMPLE:'");
        assertFault(qualitative("# FORMAT: word min max scale not_before\n"), 1, 11, "FORMAT names columns");
        assertFault(qualitative("# FORMAT: word min_seconds max_seconds scale not_before\n# EXAMPLE: acute 0\n"),
                2, 11, "EXAMPLE has 1 tab-separated fields");
    }

    @Test
    void unitFormsMustNameAKnownUnit() {
        String forms = "# FORMAT: form unit kind\n# EXAMPLE: h\thour\tTIGHT\nfortnight\tfortnight\tSINGULAR\n";
        TimeSpanException e = assertThrows(TimeSpanException.class, () -> TimeSpanParser.builder()
                .unitForms("forms.tsv", new StringReader(forms)).build());
        assertEquals("forms.tsv", e.resource());
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertTrue(e.getMessage().contains("unknown unit 'fortnight'"), e.getMessage());
    }

    @Test
    void blockMustBeGivenForBothBounds() {
        String cues = "# FORMAT: cue low high\n# EXAMPLE: within\tZERO\tHIGH\nper\tBLOCK\tHIGH\n";
        TimeSpanException e = assertThrows(TimeSpanException.class, () -> TimeSpanParser.builder()
                .cues("cues.tsv", new StringReader(cues)).build());
        assertEquals(List.of(3, 11), List.of(e.line(), e.column()));
    }

    @Test
    void replacementTablesAreUsed() {
        String units = UNITS_HEAD + "fortnight\t1209600\t2629800\n";
        String forms = "# FORMAT: form unit kind\n# EXAMPLE: h\thour\tTIGHT\nfortnights\tfortnight\tPLURAL\n";
        TimeSpanParser parser = TimeSpanParser.builder().units("u.tsv", new StringReader(units))
                .unitForms("f.tsv", new StringReader(forms)).build();
        TimeSpan span = parser.find("within 2 fortnights").get(0);
        assertEquals(List.of(0.0, 2419200.0), List.of(span.minSeconds(), span.maxSeconds().getAsDouble()));
        assertTrue(parser.find("2 weeks").isEmpty());
    }

    private static TimeSpanException qualitative(String table) {
        return fault(b -> b.qualitative("bad.tsv", new StringReader(table)));
    }

    private static TimeSpanException units(String table) {
        return fault(b -> b.units("bad.tsv", new StringReader(table)));
    }

    private static TimeSpanException fault(Function<TimeSpanParserBuilder, TimeSpanParserBuilder> configure) {
        return assertThrows(TimeSpanException.class, () -> configure.apply(TimeSpanParser.builder()).build());
    }

    private static void assertFault(TimeSpanException e, int line, int column, String problem) {
        assertEquals("bad.tsv", e.resource(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
