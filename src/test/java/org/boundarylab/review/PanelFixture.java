package org.boundarylab.review;

import static org.boundarylab.vignette.Characteristic.DOUBLE_BIND;
import static org.boundarylab.vignette.Characteristic.ROLE_REVERSAL;
import static org.boundarylab.vignette.Characteristic.SECRECY;

import java.util.EnumSet;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * The calibration fixture: three raters (A, B, C) read 20 items; item numbers are 1-based.
 *
 * <pre>
 * item               1-4   5     6    7    8    9-10  11-12  13-14  15   16   17   18   19   20
 * rule base          RSD   SD    S    S    -    -     D      -      S    S    -    -    -    -
 * A                  RSD   SD    S    -    -    R     -      -      S    S    -    S    -    -
 * B                  RSD   SD    S    -    -    R     -      -      S    -    S    -    S    -
 * C                  RSD   RSD   RS   R    R    -     -      -      -    S    S    -    -    S
 * feedback unfair    -     -     -    -    -    -     A,B,C  -      A    -    -    -    -    -
 * </pre>
 * R role reversal, S secrecy, D double bind; no one reads professional privilege. Items 11 and 12 are
 * the ones the whole panel reads against the rule base (nothing, where it read a double bind).
 */
final class PanelFixture {

    static final int ITEMS = 20;
    static final int RATERS = 3;

    private PanelFixture() {}

    static Set<Characteristic> ruleReading(int item) {
        Set<Characteristic> read = EnumSet.noneOf(Characteristic.class);
        if (item <= 4) {
            read.add(ROLE_REVERSAL);
        }
        if (item <= 7 || item == 15 || item == 16) {
            read.add(SECRECY);
        }
        if (item <= 5 || item == 11 || item == 12) {
            read.add(DOUBLE_BIND);
        }
        return read;
    }

    /** Rater 0 (A), 1 (B) or 2 (C) reading item {@code item}. */
    static Set<Characteristic> reading(int rater, int item) {
        Set<Characteristic> read = EnumSet.noneOf(Characteristic.class);
        boolean roleReversal = rater == 2 ? item <= 8 : item <= 4 || item == 9 || item == 10;
        if (roleReversal) {
            read.add(ROLE_REVERSAL);
        }
        Set<Integer> secrecy =
                switch (rater) {
                    case 0 -> Set.of(15, 16, 18);
                    case 1 -> Set.of(15, 17, 19);
                    default -> Set.of(16, 17, 20);
                };
        if (item <= 6 || secrecy.contains(item)) {
            read.add(SECRECY);
        }
        if (item <= 5) {
            read.add(DOUBLE_BIND);
        }
        return read;
    }

    static boolean fair(int rater, int item) {
        return !(item == 11 || item == 12 || item == 15 && rater == 0);
    }
}
