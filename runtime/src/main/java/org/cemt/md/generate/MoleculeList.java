package org.cemt.md.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cemt.core.InputException;

/**
 * The project's molecule list for {@code cemt generate molecules} (QM9 in spirit: neutral closed-shell molecules of C,
 * H, N, O, F with 1–9 heavy atoms): hand-written common molecules, then a systematic enumeration — substituents on
 * ring scaffolds, functional groups on chains, ortho/meta/para disubstituted benzenes and pyridines, and R–linker–R′
 * combinations. Every entry passes {@link Smiles} (allowed elements, valences, one fragment, ≤ 9 heavy atoms) and
 * appears once (duplicates by {@link Smiles#graphHash}, first spelling kept).
 */
public final class MoleculeList {
    /** Most heavy atoms per molecule. */
    public static final int MAX_HEAVY = 9;

    private static final List<String> HAND_WRITTEN = List.of(
        // hydrides and one-heavy-atom molecules
        "C", "N", "O", "F", "OO", "NN", "NO", "CF", "FC(F)F", "FC(F)(F)F", "NF", "OF",
        // alkanes, alkenes, alkynes, small rings
        "CC", "CCC", "CCCC", "CC(C)C", "CCCCC", "CC(C)CC", "CC(C)(C)C", "CCCCCC", "CCCCCCC", "CCCCCCCC", "CCCCCCCCC",
        "C=C", "C=CC", "C=CC=C", "CC=CC", "C=C(C)C", "C#C", "C#CC", "CC#CC", "C#CC#C", "C=C=C", "C1CC1", "C1CCC1",
        "C1CCCC1", "C1CCCCC1", "C1CCCCCC1", "C1=CCC=C1", "C1=CCCC1", "C1=CCCCC1", "C1=CC=CCC1", "CC1CC1", "C1CC2CC12",
        "C1CC2CCC1C2", "C12CC(C1)C2", "C1CCC2CCCC2C1", "C1=CC2CCC1C2",
        // alcohols, ethers, aldehydes, ketones, acids, esters
        "CO", "CCO", "CCCO", "CC(C)O", "CC(C)(C)O", "OCCO", "OCC(O)CO", "COC", "CCOCC", "C1CO1", "C1COC1", "C1CCOC1",
        "C1CCOCC1", "C1COCCO1", "C=O", "CC=O", "CCC=O", "O=CC=O", "CC(C)=O", "CCC(C)=O", "CC(=O)C(C)=O", "O=C1CCC1",
        "O=C1CCCC1", "O=C1CCCCC1", "OC=O", "CC(=O)O", "CCC(=O)O", "OC(=O)C(=O)O", "C=CC(=O)O", "COC=O", "CC(=O)OC",
        "CCOC(C)=O", "CC(=O)OC(C)=O", "O=C1CCCO1", "O=C1OCCO1", "C=CC=O", "C#CC=O", "OCC=O", "CC(O)C(=O)O",
        // amines, amides, nitriles, imines, oximes, hydrazines, N–O compounds
        "CN", "CCN", "CNC", "CN(C)C", "CCNCC", "NCCN", "NCCO", "C1CN1", "C1CNC1", "C1CCNC1", "C1CCNCC1", "C1CNCCN1",
        "C1COCCN1", "NC=O", "CNC=O", "CC(N)=O", "CN(C)C=O", "CC(=O)NC", "NC(N)=O", "NC(=O)O", "COC(N)=O", "C#N",
        "CC#N", "CCC#N", "N#CC#N", "C=CC#N", "N#CCC#N", "N#CC(=O)O", "C=N", "CC=N", "CC(C)=N", "C=NO", "CC=NO",
        "CC(C)=NO", "CNN", "CN(C)N", "CON", "CNO", "N#CO", "N=C=O", "CN=C=O", "O=C1CCCN1", "O=C1CCN1", "O=C1NCCN1",
        // fluorinated analogues
        "CCF", "FCCF", "FC=C", "FC(F)=C", "FC(F)=C(F)F", "FC#C", "OCC(F)(F)F", "CC(F)(F)F", "FC(F)(F)C(F)(F)F",
        "O=C(O)C(F)(F)F", "CC(=O)F", "O=C(F)F", "FC(F)(F)C#N", "NCC(F)(F)F", "FC1CC1", "FC1=CCCC1",
        // aromatics and heteroaromatics
        "c1ccccc1", "Cc1ccccc1", "CCc1ccccc1", "Cc1ccccc1C", "Cc1cccc(C)c1", "Cc1ccc(C)cc1", "Oc1ccccc1",
        "Nc1ccccc1", "Fc1ccccc1", "COc1ccccc1", "O=Cc1ccccc1", "OC(=O)c1ccccc1", "N#Cc1ccccc1", "C=Cc1ccccc1",
        "C#Cc1ccccc1", "CC(=O)c1ccccc1", "c1ccncc1", "c1cnccn1", "c1cncnc1", "c1ccnnc1", "c1ncncn1", "c1ccoc1",
        "c1cc[nH]c1", "c1cocn1", "c1cnoc1", "c1c[nH]cn1", "c1cn[nH]c1", "c1nnc[nH]1", "c1nc[nH]n1", "c1nnco1",
        "c1ncon1", "c1cnon1", "Cc1ccco1", "Cc1cccnc1", "Oc1ccncc1", "Nc1ccccn1", "Nc1ncccn1", "Nc1ccncn1",
        // pyridones and nucleobase-like rings in Kekulé form (the reader keeps exocyclic C=O off aromatic atoms)
        "O=C1C=CNC=C1", "O=C1C=CC=CN1", "O=C1N=CC=CN1", "O=C1C=CNC(=O)N1", "CC1=CNC(=O)NC1=O", "NC1=NC(=O)NC=C1",
        "c1ccc2[nH]ccc2c1", "c1ccc2occc2c1",
        "c1cnc2[nH]cnc2c1", "c1ncc2nc[nH]c2n1", "c1ccc2c(c1)CC2", "C1Cc2ccccc2C1");

    private static final List<String> PREFIX = List.of("C", "CC", "CCC", "CC(C)", "O", "N", "F", "FC", "OC", "NC",
        "CO", "CCO", "CN", "CN(C)", "N#C", "O=C", "OC(=O)", "CC(=O)", "COC(=O)", "NC(=O)", "CC(=O)N", "CC(=O)O",
        "FC(F)(F)", "C=C", "C#C", "ON=C", "CNC(=O)", "FC(F)");
    private static final List<String> SUFFIX = List.of("C", "CC", "O", "N", "F", "C#N", "C=O", "C(=O)O", "C(N)=O",
        "C(=O)OC", "OC", "NC", "N(C)C", "C(F)(F)F", "C(C)=O", "OC=O", "NC=O", "C=NO", "C=C", "C#C", "CO", "CN", "CF",
        "OC(C)=O", "NC(C)=O", "C(C)C", "CCO", "C(O)=O");
    private static final List<String> RINGS = List.of("c1ccccc1", "c1ccncc1", "c1ccccn1", "c1cccnc1", "c1ccco1",
        "c1ccoc1", "c1ccc[nH]1", "c1cncnc1", "c1ncccn1", "c1cnccn1", "c1ccon1", "c1cnco1", "c1ncc[nH]1",
        "C1CC1", "C1CCC1", "C1CCCC1", "C1CCCCC1", "C1CCOC1", "C1CCNCC1", "C1CCOCC1", "C1COC1", "C1CO1", "C1CCNC1",
        "C1=CCCC1", "C1=CCCCC1", "C1CCC=CC1", "C1CN1", "C1CC(=O)C1", "C1CCC(=O)C1", "C1CCOC1=O", "C1CC1(F)F");
    private static final List<String> CHAINS = List.of("C", "CC", "CCC", "CC(C)", "CCCC", "CC(C)C", "CCC(C)",
        "CC(C)(C)", "C=C", "C=CC", "C#CC", "CC=C", "CCCCC", "C=CCC", "CC=CC", "OCC", "COCC", "NCC", "FCC", "N#CCC",
        "CCCCCC", "C=CC=C", "OCCC", "CC(O)", "CC(F)(F)", "O=CCC");
    private static final List<String> LINKERS = List.of("O", "N", "N(C)", "C(=O)", "OC(=O)", "C(=O)O", "NC(=O)",
        "C(=O)N", "OC", "C=C", "C#C", "CC", "C(O)", "C(F)", "NC(=O)N", "OCO");

    private MoleculeList() {
    }

    /** The whole list: hand-written entries first, then the enumeration, each molecule once. */
    public static List<String> all() {
        Map<String, String> byHash = new LinkedHashMap<>();
        for (String s : HAND_WRITTEN) {
            Smiles parsed = Smiles.parse(s); // a bad hand-written entry is a bug: let it throw
            if (parsed.size() > MAX_HEAVY || !parsed.isConnected()) {
                throw new IllegalStateException("hand-written SMILES outside the list's rules: " + s);
            }
            byHash.putIfAbsent(parsed.graphHash(), s);
        }
        for (String s : enumerated()) {
            Smiles parsed;
            try {
                parsed = Smiles.parse(s);
            } catch (InputException e) {
                continue; // a combination the reader refuses (an overfull valence) is not a molecule of the list
            }
            if (parsed.size() <= MAX_HEAVY && parsed.isConnected()) {
                byHash.putIfAbsent(parsed.graphHash(), s);
            }
        }
        return List.copyOf(byHash.values());
    }

    /** {@code count} molecules drawn without replacement from {@link #all()} by a seeded shuffle (all if count ≥ size). */
    public static List<String> draw(int count, long seed) {
        if (count < 1) {
            throw InputException.of("generate molecules", "count", "at least 1", count);
        }
        List<String> all = new ArrayList<>(all());
        Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** Raw combinations before validation and de-duplication, in a fixed order. */
    static List<String> enumerated() {
        List<String> out = new ArrayList<>();
        for (String ring : RINGS) {
            out.add(ring);
            for (String p : PREFIX) {
                out.add(p + ring);
            }
        }
        for (String chain : CHAINS) {
            for (String s : SUFFIX) {
                out.add(chain + s);
            }
        }
        String[] pyridine = {"c1ccc(", ")cn1", "c1cc(", ")ccn1", "c1cccc(", ")n1"};
        for (String p : List.of("C", "O", "N", "F", "N#C", "O=C", "OC(=O)", "CO", "FC(F)(F)", "CC(=O)")) {
            for (String s : List.of("C", "O", "N", "F", "C#N", "C=O", "C(=O)O", "OC", "C(F)(F)F", "C(C)=O")) {
                out.add(p + "c1ccccc1" + s);
                out.add(p + "c1cccc(" + s + ")c1");
                out.add(p + "c1ccc(" + s + ")cc1");
                for (int k = 0; k < pyridine.length; k += 2) {
                    out.add(p + pyridine[k] + s + pyridine[k + 1]);
                }
            }
        }
        for (String p : PREFIX) {
            for (String l : LINKERS) {
                for (String s : SUFFIX) {
                    out.add(p + l + s);
                }
            }
        }
        return out;
    }

    /** Distinct graph hashes of {@code smiles}: equal to its size when no molecule is listed twice. */
    static int distinct(List<String> smiles) {
        Set<String> seen = new HashSet<>();
        for (String s : smiles) {
            seen.add(Smiles.parse(s).graphHash());
        }
        return seen.size();
    }
}
