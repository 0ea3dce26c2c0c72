package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;

/**
 * The case's names as the rationale reader reads them: the professional's name as "therapist", the
 * client's as "client", so "Samuel is coaching Dr Keller" reads like "the client is coaching the
 * therapist". Pronouns are left alone: a trainee may write "he" for either person.
 */
public record NameRoles(Set<String> professionalStems, Set<String> clientStems) {

    public static final NameRoles NONE = new NameRoles(Set.of(), Set.of());
    static final String PROFESSIONAL = "therapist";
    static final String CLIENT = "client";
    /** Titles and words of a name that say nothing of who is meant ("Ms Okafor" is "okafor"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof",
            "professor", "the", "and", "of");

    public NameRoles {
        professionalStems = Set.copyOf(professionalStems);
        clientStems = Set.copyOf(clientStems);
    }

    /** The names of a case's people (NONE when it names no one). */
    public static NameRoles of(People people) {
        return people.isEmpty() ? NONE : of(people.professionalPerson().map(Person::name).orElse(null),
                people.clientPerson().map(Person::name).orElse(null));
    }

    /** From the names as a case gives them (either may be null); a word in both names stands for neither. */
    public static NameRoles of(String professionalName, String clientName) {
        Set<String> professional = stems(professionalName);
        Set<String> client = stems(clientName);
        Set<String> shared = new HashSet<>(professional);
        shared.retainAll(client);
        professional.removeAll(shared);
        client.removeAll(shared);
        return professional.isEmpty() && client.isEmpty() ? NONE : new NameRoles(professional, client);
    }

    private static Set<String> stems(String name) {
        Set<String> stems = new HashSet<>();
        if (name != null) {
            for (StemmedTokens.Token token : StemmedTokens.of(name)) {
                if (!TITLES.contains(token.stem())) {
                    stems.add(token.stem());
                }
            }
        }
        return stems;
    }

    /** The words as the reader should see them: names as their roles, without the title before them. */
    List<StemmedTokens.Token> apply(List<StemmedTokens.Token> tokens) {
        List<StemmedTokens.Token> read = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            StemmedTokens.Token t = tokens.get(i);
            String role = roleOf(t.stem());
            boolean titleOfName = TITLES.contains(t.stem()) && i + 1 < tokens.size()
                    && !roleOf(tokens.get(i + 1).stem()).equals(tokens.get(i + 1).stem());
            if (!titleOfName) {
                read.add(role.equals(t.stem()) ? t : new StemmedTokens.Token(role, t.surface(), t.start(), t.end()));
            }
        }
        return read;
    }

    /** The stem the reader should see for this one. */
    String roleOf(String stem) {
        if (professionalStems.contains(stem)) {
            return PROFESSIONAL;
        }
        return clientStems.contains(stem) ? CLIENT : stem;
    }

    boolean isEmpty() {
        return professionalStems.isEmpty() && clientStems.isEmpty();
    }
}
