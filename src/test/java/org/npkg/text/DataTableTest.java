package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DataTableTest {

    private static DataTable parse(String text, int columns) throws IOException {
        return DataTable.parse("t.tsv", new BufferedReader(new StringReader(text)), columns);
    }

    @Test
    void readsRowsWithTheirLineNumbers() throws IOException {
        DataTable table = parse("# FORMAT: a<TAB>b\n# EXAMPLE: x\ty\n\none\ttwo\n", 2);
        assertEquals(1, table.rows().size());
        assertEquals(4, table.rows().get(0).line());
        assertEquals("two", table.rows().get(0).cell(1));
    }

    @Test
    void aRowWithTooFewColumnsNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("# FORMAT: a b\n# EXAMPLE: x y\nonly-one\n", 2));
        assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
    }

    @Test
    void aTableWithoutHeaderIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("a\tb\n", 2));
        assertTrue(e.getMessage().contains("FORMAT"), e.getMessage());
    }
}
