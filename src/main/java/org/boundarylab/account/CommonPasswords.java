package org.boundarylab.account;

import java.util.Locale;
import java.util.Map;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The most common passwords (nbvcxz's ranked list of leaked passwords, about 100,000 of them),
 * refused whatever their length, as ASVS asks. Loaded once, on first use.
 */
final class CommonPasswords {

    private CommonPasswords() {}

    private static final class List {
        static final Map<String, Integer> RANKED = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    }

    static boolean contains(String password) {
        return List.RANKED.containsKey(password.toLowerCase(Locale.ROOT));
    }
}
