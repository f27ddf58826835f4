package org.cemt.md.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;

/** The SMILES reader on molecules with known formulas, and the molecule list against its own rules. */
class MoleculeListTest {
    @Test
    void readerGivesKnownFormulas() {
        assertEquals("C9H8O4", Smiles.parse("CC(=O)Oc1ccccc1C(=O)O").formula()); // aspirin
        assertEquals("C5H5N5", Smiles.parse("Nc1ncnc2[nH]cnc12").formula()); // adenine
        assertEquals("C4H4O", Smiles.parse("c1ccoc1").formula()); // furan
        assertEquals("C4H5N", Smiles.parse("c1cc[nH]c1").formula()); // pyrrole
        assertEquals("C2H3N", Smiles.parse("CC#N").formula());
        assertEquals("H2O", Smiles.parse("O").formula());
        assertEquals("F3N", Smiles.parse("FN(F)F").formula());
        assertEquals("C5H6N2O2", Smiles.parse("CC1=CNC(=O)NC1=O").formula()); // thymine
        assertEquals(13, Smiles.parse("CC(=O)Oc1ccccc1C(=O)O").size());
    }

    @Test
    void twoSpellingsOfOneMoleculeHashAlike() {
        assertEquals(Smiles.parse("CCO").graphHash(), Smiles.parse("OCC").graphHash());
        assertEquals(Smiles.parse("Cc1ccccc1O").graphHash(), Smiles.parse("Oc1ccccc1C").graphHash());
        assertEquals(Smiles.parse("C1CCOC1").graphHash(), Smiles.parse("O1CCCC1").graphHash());
        assertNotEquals(Smiles.parse("Cc1ccccc1O").graphHash(), Smiles.parse("Cc1ccc(O)cc1").graphHash());
        assertNotEquals(Smiles.parse("CCO").graphHash(), Smiles.parse("COC").graphHash());
        assertNotEquals(Smiles.parse("C=CC").graphHash(), Smiles.parse("C1CC1").graphHash());
    }

    @Test
    void readerRefusesWhatTheListMayNotHold() {
        assertEquals("SMILES 'CCl': position 3: expected one of C N O F c n o [ ] ( ) - = # 1-9, found 'l'",
            assertThrows(InputException.class, () -> Smiles.parse("CCl")).getMessage());
        assertEquals("SMILES 'C[NH4+]': position 2: expected a neutral bracket atom with H count, found '[NH4+]'",
            assertThrows(InputException.class, () -> Smiles.parse("C[NH4+]")).getMessage());
        assertEquals("SMILES 'C1CC': position 4: expected balanced branches, closed rings and a final atom, "
            + "found an open end", assertThrows(InputException.class, () -> Smiles.parse("C1CC")).getMessage());
        assertEquals("SMILES 'CF(C)C': position 1: expected at most valence 1 at atom 2, found F with 2 too many bonds",
            assertThrows(InputException.class, () -> Smiles.parse("CF(C)C")).getMessage());
    }

    @Test
    void listHoldsSeveralHundredUniqueSmallCHNOFMolecules() {
        List<String> all = MoleculeList.all();
        assertTrue(all.size() > 800, "molecules: " + all.size());
        assertEquals(all.size(), new HashSet<>(all).size());
        assertEquals(all.size(), MoleculeList.distinct(all), "no molecule listed twice under two spellings");
        Set<String> elements = new HashSet<>();
        int[] byHeavy = new int[MoleculeList.MAX_HEAVY + 1];
        for (String s : all) {
            Smiles m = Smiles.parse(s);
            assertTrue(m.size() >= 1 && m.size() <= 9, s);
            assertTrue(m.isConnected(), s);
            byHeavy[m.size()]++;
            for (int i = 0; i < m.size(); i++) {
                elements.add(m.symbol(i));
                assertTrue(m.hydrogens(i) >= 0, s);
            }
        }
        assertEquals(Set.of("C", "N", "O", "F"), elements);
        for (int n = 1; n <= 9; n++) {
            assertTrue(byHeavy[n] > 0, "some molecules with " + n + " heavy atoms");
        }
    }

    @Test
    void drawsAreSeededSubsets() {
        List<String> a = MoleculeList.draw(50, 7);
        assertEquals(a, MoleculeList.draw(50, 7));
        assertNotEquals(a, MoleculeList.draw(50, 8));
        assertTrue(MoleculeList.all().containsAll(a));
        assertEquals(50, new HashSet<>(a).size());
    }
}
