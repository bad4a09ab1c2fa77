package org.npkg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each expression must come back as exactly one span covering the whole input. Expected
 * bounds are computed by hand from the semantics in the data-file headers: minute 60 s,
 * hour 3600, day 86400, week 604800, month 2629800 (30.4375 d), year 31557600 (365.25 d).
 */
class TimeSpanParserExpressionsTest {

    private static TimeSpanParser parser;

    @BeforeAll
    static void build() {
        parser = TimeSpanParser.builder().build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # expression                     | min          | max          | scale
            within 24 h                      | 0            | 86400        | DAYS
            after 24 h                       | 86400        | 86400        | DAYS
            2–4 weeks                        | 1209600      | 2419200      | WEEKS
            2-4 weeks                        | 1209600      | 2419200      | WEEKS
            2 — 4 weeks                      | 1209600      | 2419200      | WEEKS
            ~2–4 weeks                       | 1209600      | 2419200      | WEEKS
            after ~2–4 weeks                 | 1209600      | 2419200      | WEEKS
            7–14 days                        | 604800       | 1209600      | WEEKS
            8 to 12 weeks                    | 4838400      | 7257600      | MONTHS
            4–8 weeks                        | 2419200      | 4838400      | MONTHS
            3–4 weeks                        | 1814400      | 2419200      | WEEKS
            up to a month                    | 0            | 2629800      | MONTHS
            up to 2 weeks                    | 0            | 1209600      | WEEKS
            at least 2 hours                 | 7200         | open         | HOURS
            at 30 minutes                    | 1800         | 1800         | MINUTES
            within minutes                   | 0            | 3600         | MINUTES
            within hours                     | 0            | 86400        | HOURS
            within days                      | 0            | 604800       | DAYS
            minutes to hours                 | 60           | 86400        | HOURS
            hours–days                       | 3600         | 604800       | DAYS
            days–weeks                       | 86400        | 2629800      | WEEKS
            weeks–months                     | 604800       | 31557600     | MONTHS
            days to weeks                    | 86400        | 2629800      | WEEKS
            weeks to months                  | 604800       | 31557600     | MONTHS
            months or years                  | 2629800      | 315576000    | YEARS
            milliseconds to minutes          | 0.001        | 3600         | MINUTES
            over the following days to weeks | 86400        | 2629800      | WEEKS
            weeks                            | 604800       | 2629800      | WEEKS
            within one day                   | 0            | 86400        | DAYS
            72 hours                         | 259200       | 259200       | DAYS
            24–48 h                          | 86400        | 172800       | DAYS
            2 and 4 hours                    | 7200         | 14400        | HOURS
            between 2 and 4 hours            | 7200         | 14400        | HOURS
            five days                        | 432000       | 432000       | DAYS
            a few hours                      | 10800        | 10800        | HOURS
            several weeks                    | 1814400      | 1814400      | WEEKS
            two-week                         | 1209600      | 1209600      | WEEKS
            24-hour                          | 86400        | 86400        | DAYS
            5-day                            | 432000       | 432000       | DAYS
            24-h                             | 86400        | 86400        | DAYS
            1.5 years                        | 47336400     | 47336400     | YEARS
            half an hour                     | 1800         | 1800         | MINUTES
            twenty-four hours                | 86400        | 86400        | DAYS
            Twenty-Five Years                | 788940000    | 788940000    | YEARS
            a week                           | 604800       | 604800       | WEEKS
            one year                         | 31557600     | 31557600     | YEARS
            30 min                           | 1800         | 1800         | MINUTES
            30min                            | 1800         | 1800         | MINUTES
            24h                              | 86400        | 86400        | DAYS
            10 s                             | 10           | 10           | SECONDS
            500 ms                           | 0.5          | 0.5          | SECONDS
            2 wks                            | 1209600      | 1209600      | WEEKS
            6 mo                             | 15778800     | 15778800     | MONTHS
            3 yrs                            | 94672800     | 94672800     | YEARS
            1,000 years                      | 31557600000  | 31557600000  | YEARS
            2 × 10^3 s                       | 2000         | 2000         | MINUTES
            more than 3 months               | 7889400      | open         | MONTHS
            >24 h                            | 86400        | open         | DAYS
            ≥ 2 weeks                        | 1209600      | open         | WEEKS
            less than 1 hr                   | 0            | 3600         | HOURS
            approximately 6 weeks            | 3628800      | 3628800      | MONTHS
            within about 2 h                 | 0            | 7200         | HOURS
            2 weeks to 3 months              | 1209600      | 7889400      | MONTHS
            within the first 24 h            | 0            | 86400        | DAYS
            by 8 to 12 weeks                 | 4838400      | 7257600      | MONTHS
            two to four weeks                | 1209600      | 2419200      | WEEKS
            24 h–72 h                        | 86400        | 259200       | DAYS
            Within 30 min – 2 h              | 0            | 7200         | HOURS
            1 to 2 hrs                       | 3600         | 7200         | HOURS
            3 years and 4 months             | 105192000    | 105192000    | YEARS
            within the next 2-3 days         | 0            | 259200       | DAYS
            several weeks to months          | 1814400      | 31557600     | MONTHS
            2 or 3 days                      | 172800       | 259200       | DAYS
            ninety minutes                   | 5400         | 5400         | HOURS
            """)
    void quantity(String expression, double min, String max, Scale scale) {
        assertSpan(expression, min, max, scale, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            acute       | 0       | 86400 | HOURS
            Acutely     | 0       | 86400 | HOURS
            immediate   | 0       | 86400 | HOURS
            immediately | 0       | 86400 | HOURS
            rapid       | 0       | 86400 | HOURS
            rapidly     | 0       | 86400 | HOURS
            fast        | 0       | 86400 | HOURS
            quickly     | 0       | 86400 | HOURS
            chronic     | 1209600 | open  | WEEKS
            chronically | 1209600 | open  | WEEKS
            delayed     | 604800  | open  | WEEKS
            gradual     | 604800  | open  | WEEKS
            gradually   | 604800  | open  | WEEKS
            slowly      | 604800  | open  | WEEKS
            """)
    void qualitativeWord(String expression, double min, String max, Scale scale) {
        assertSpan(expression, min, max, scale, true);
    }

    private static void assertSpan(String expression, double min, String max, Scale scale, boolean qualitative) {
        OptionalDouble expectedMax = max.equals("open") ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(max));
        TimeSpan expected = new TimeSpan(0, expression.length(), expression, min, expectedMax, scale, qualitative);
        assertEquals(List.of(expected), parser.find(expression));
    }
}
