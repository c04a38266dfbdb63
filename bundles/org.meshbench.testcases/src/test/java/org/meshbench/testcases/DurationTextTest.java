package org.meshbench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsCompoundUnitsAndIso() {
        assertEquals(Duration.ofMillis(500), DurationText.parse("500ms"));
        assertEquals(Duration.ofMinutes(10), DurationText.parse(" 10m "));
        assertEquals(Duration.ofMinutes(90), DurationText.parse("1h30m"));
        assertEquals(Duration.ofDays(2).plusSeconds(5), DurationText.parse("2d5s"));
        assertEquals(Duration.ofMinutes(5), DurationText.parse("PT5M"));
    }

    @Test
    void rejectsTextWithoutUnitsNegativeOrUnknown() {
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("10"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("-5s"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("5 minutes"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("PT-5M"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("Pfoo"));
    }

    @Test
    void formatsTheShortestTextThatReadsBack() {
        for (String text : new String[] {"0s", "250ms", "10s", "1h30m", "2d5s", "1m1s1ms"}) {
            assertEquals(text, DurationText.format(DurationText.parse(text)));
        }
    }
}
