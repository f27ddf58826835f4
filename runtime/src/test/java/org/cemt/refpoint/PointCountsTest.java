package org.cemt.refpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-structure counts (Fig. S2 data): hand-counted water and methane. */
class PointCountsTest {
    @Test
    void countsBondsOfWaterAndMethane(@TempDir Path dir) throws IOException {
        PointCounts c = PointCounts.of(RefPointSpec.parse("bonds"), List.of(Molecules.water(), Molecules.methane(),
            Molecules.water()));
        assertEquals(3, c.min());
        assertEquals(10, c.max());
        assertEquals(3.0, c.median());
        assertEquals(16, c.total());
        assertEquals("bonds:2.0: 3 structures, points per structure min 3, median 3, max 10, total 16", c.summary());
        c.writeCsv(dir.resolve("counts.csv"));
        assertEquals("structure,formula,atoms,points,total_weight\n0,OH2,3,3,3.00000\n1,CH4,5,10,10.0000\n"
            + "2,OH2,3,3,3.00000\n", Files.readString(dir.resolve("counts.csv")));
        assertEquals(4.0, PointCounts.of(RefPointSpec.atoms(), List.of(Molecules.water(), Molecules.aspirin(),
            Molecules.methane(), Molecules.water())).median()); // 3, 3, 5, 21
    }
}
