package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;
import org.boundarylab.vignette.Pronouns;

/**
 * The case's names as the rationale reader reads them: the professional's name as "therapist", the
 * client's as "client", so "Samuel is coaching Dr Keller" reads like "the client is coaching the
 * therapist". Pronouns are left alone: a trainee may write "he" for either person.
 */
public record NameRoles(
        Set<String> professionalStems,
        Set<String> clientStems,
        Set<String> professionalPronouns,
        Set<String> clientPronouns) {

    public static final NameRoles NONE = new NameRoles(Set.of(), Set.of(), Set.of(), Set.of());
    static final String PROFESSIONAL = "therapist";
    static final String CLIENT = "client";
    /** Titles and words of a name that say nothing of who is meant ("Ms Okafor" is "okafor"). */
    private static final Set<String> TITLES =
            Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "the", "and", "of");

    public NameRoles {
        professionalStems = Set.copyOf(professionalStems);
        clientStems = Set.copyOf(clientStems);
        professionalPronouns = Set.copyOf(professionalPronouns);
        clientPronouns = Set.copyOf(clientPronouns);
    }

    /** The names and pronouns of a case's people (NONE when it names no one). */
    public static NameRoles of(People people) {
        return people.isEmpty()
                ? NONE
                : of(
                        people.professionalPerson().map(Person::name).orElse(null),
                        people.clientPerson().map(Person::name).orElse(null),
                        people.professionalPerson().map(Person::pronouns).orElse(null),
                        people.clientPerson().map(Person::pronouns).orElse(null));
    }

    /** From the names as a case gives them (either may be null); a word in both names stands for neither. */
    public static NameRoles of(String professionalName, String clientName) {
        return of(professionalName, clientName, null, null);
    }

    /**
     * From the names and pronouns as a case gives them (any may be null). Pronouns tell the two apart
     * only when they differ ("his" is Russ's and "her" Mary's; two people called "she" are not told apart).
     */
    public static NameRoles of(String professionalName, String clientName, Pronouns professional, Pronouns client) {
        Set<String> professionalWords = stems(professionalName);
        Set<String> clientWords = stems(clientName);
        Set<String> shared = new HashSet<>(professionalWords);
        shared.retainAll(clientWords);
        professionalWords.removeAll(shared);
        clientWords.removeAll(shared);
        boolean apart = professional != null && client != null && professional != client;
        Set<String> professionalPronouns = apart ? pronounStems(professional) : Set.of();
        Set<String> clientPronouns = apart ? pronounStems(client) : Set.of();
        if (professionalWords.isEmpty() && clientWords.isEmpty() && !apart) {
            return NONE;
        }
        return new NameRoles(professionalWords, clientWords, professionalPronouns, clientPronouns);
    }

    private static Set<String> pronounStems(Pronouns pronouns) {
        Set<String> stems = new HashSet<>();
        for (Pronouns.Form form : List.of(
                Pronouns.Form.THEY,
                Pronouns.Form.THEM,
                Pronouns.Form.THEIR,
                Pronouns.Form.THEIRS,
                Pronouns.Form.THEMSELVES)) {
            stems.addAll(stems(pronouns.form(form)));
        }
        return stems;
    }

    /** Who a pronoun stands for in this case: "therapist", "client", or null when it cannot be told. */
    String pronounRole(String stem) {
        if (professionalPronouns.contains(stem)) {
            return PROFESSIONAL;
        }
        return clientPronouns.contains(stem) ? CLIENT : null;
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
            boolean titleOfName = TITLES.contains(t.stem())
                    && i + 1 < tokens.size()
                    && !roleOf(tokens.get(i + 1).stem())
                            .equals(tokens.get(i + 1).stem());
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

    boolean tellsPronounsApart() {
        return !professionalPronouns.isEmpty();
    }
}
