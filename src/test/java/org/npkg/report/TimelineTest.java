package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.npkg.report.ReportData.Onset;

/** The log time axis and the SVG drawn on it. */
class TimelineTest {

    private final TimeAxis axis = new TimeAxis(100, 700);

    @Test
    void equalRatiosOfTimeAreEqualDistances() {
        assertEquals(100, axis.x(TimeAxis.MINUTE), 1e-9);
        assertEquals(700, axis.x(TimeAxis.YEAR), 1e-9);
        double minuteToHour = axis.x(TimeAxis.HOUR) - axis.x(TimeAxis.MINUTE);
        double hourToSixtyHours = axis.x(60 * TimeAxis.HOUR) - axis.x(TimeAxis.HOUR);
        assertEquals(minuteToHour, hourToSixtyHours, 1e-9);
        assertEquals(100, axis.x(0), 1e-9, "a span from 0 starts at the axis");
        assertEquals(700, axis.x(10 * TimeAxis.YEAR), 1e-9);
    }

    @Test
    void timesAreSaidInTheLargestWholeUnit() {
        assertEquals("0 s", TimeAxis.human(0));
        assertEquals("4 hours", TimeAxis.human(14_400));
        assertEquals("3 days", TimeAxis.human(259_200));
        assertEquals("2 weeks", TimeAxis.human(1_209_600));
        assertEquals("1 month", TimeAxis.human(TimeAxis.MONTH));
        assertEquals("1.5 days", TimeAxis.human(129_600));
    }

    @Test
    void aBarADotAndAnOpenBarPerSpan() {
        List<Onset> onsets = List.of(new Onset("ketamine", "structural", 7_200, 14_400.0, "2 and 4 hours", 1),
                new Onset("ketamine", "structural", 259_200, 259_200.0, "after 72 hours", 4),
                new Onset("ketamine", "functional", 1_209_600, null, "chronic", 2));
        Element svg = Jsoup.parse(SvgTimeline.svg(onsets), "", Parser.xmlParser()).selectFirst("svg");
        List<Element> spans = svg.select("g.span");
        assertEquals(3, spans.size());
        assertTrue(spans.get(0).hasClass("functional"), "functional change is drawn first");
        assertTrue(spans.get(0).selectFirst("rect").hasClass("open"));
        assertEquals(1, svg.select("g.span.structural circle").size(), "after 72 hours is one moment");
        Element bar = spans.get(1).selectFirst("rect");
        TimeAxis drawn = SvgTimeline.AXIS;
        assertEquals(drawn.x(7_200), Double.parseDouble(bar.attr("x")), 0.1);
        assertEquals(drawn.x(14_400) - drawn.x(7_200), Double.parseDouble(bar.attr("width")), 0.1);
        assertTrue(spans.get(2).text().contains("after 72 hours ×4"), spans.get(2).text());
    }
}
