package org.boundarylab.judgment.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.RuleBaseException;
import org.boundarylab.judgment.text.CueLexicon;
import org.boundarylab.judgment.text.NameRoles;
import org.boundarylab.judgment.text.RationaleReader;
import org.boundarylab.judgment.text.ReadingExamples;
import org.boundarylab.judgment.text.ReadingModel;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Builds a {@link RuleBase} from a folder: every {@code *.drl}, plus {@code messages.yaml} and
 * {@code lexicon.yaml}. Refuses the whole folder on any compiler error, naming the file.
 */
public final class RuleBaseLoader {

    public static final String MESSAGES = "messages.yaml";
    public static final String LEXICON = "lexicon.yaml";
    /** The folder of labelled reasoning the reading model learns from. */
    public static final String EXAMPLES = "examples";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleBaseLoader() {}

    public static RuleBase load(Path folder) throws RuleBaseException {
        List<Path> drlFiles;
        try (Stream<Path> list = Files.list(folder)) {
            drlFiles = list.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            throw new RuleBaseException(List.of(folder + ": the rules folder does not exist"));
        } catch (IOException e) {
            throw new RuleBaseException(List.of(folder + ": cannot be read: " + e.getMessage()));
        }
        if (drlFiles.isEmpty()) {
            throw new RuleBaseException(List.of(folder + ": no .drl files"));
        }
        MessageDigest digest = sha256();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        List<String> names = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : drlFiles) {
            String name = file.getFileName().toString();
            String drl = read(file);
            refused.addAll(DrlGuard.problems(name, drl));
            digest.update((name + "\n" + drl).getBytes(StandardCharsets.UTF_8));
            kfs.write(resourcePath(name, drl), drl);
            names.add(name);
        }
        if (!refused.isEmpty()) {
            throw new RuleBaseException(refused);
        }
        String messagesText = read(folder.resolve(MESSAGES));
        String lexiconText = read(folder.resolve(LEXICON));
        digest.update(messagesText.getBytes(StandardCharsets.UTF_8));
        digest.update(lexiconText.getBytes(StandardCharsets.UTF_8));
        MessageCatalog messages;
        CueLexicon lexicon;
        try {
            messages = MessageCatalog.parse(messagesText, MESSAGES);
            lexicon = CueLexicon.parse(lexiconText, LEXICON);
        } catch (InvalidInputException e) {
            throw new RuleBaseException(
                    e.problems().stream().map(p -> p.describe()).toList());
        }
        ReadingModel model = readingModel(folder.resolve(EXAMPLES), digest, names);
        String version = "rb-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        // a fresh release id per build: KieServices caches containers by release id
        ReleaseId releaseId = kie.newReleaseId("org.boundarylab", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new RuleBaseException(diagnose(kie, kfs, builder));
        }
        KieContainer container = kie.newKieContainer(releaseId);
        if (!declaresFindings(container.getKieBase())) {
            container.dispose();
            throw new RuleBaseException(List.of(folder + ": no .drl declares 'global " + Findings.class.getName() + " "
                    + Findings.GLOBAL + ";' where the rules record what they decide"));
        }
        names.add(MESSAGES);
        names.add(LEXICON);
        return new RuleBase(
                version,
                List.copyOf(names),
                Instant.now(),
                container,
                container.getKieBase(),
                container.newKieSessionsPool(Runtime.getRuntime().availableProcessors()),
                messages,
                new RationaleReader(lexicon, model));
    }

    /**
     * The reading model trained on the examples folder's labelled reasoning ({@link ReadingExamples});
     * a rules folder without one has a model that votes nothing.
     */
    private static ReadingModel readingModel(Path examplesFolder, MessageDigest digest, List<String> names)
            throws RuleBaseException {
        if (!Files.isDirectory(examplesFolder)) {
            return ReadingModel.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(examplesFolder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RuleBaseException(List.of(examplesFolder + ": cannot be read: " + e.getMessage()));
        }
        // each file read once: its text goes into the version, then into the model
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            String name = EXAMPLES + "/" + file.getFileName();
            String text = read(file);
            digest.update((name + "\n" + text).getBytes(StandardCharsets.UTF_8));
            names.add(name);
            texts.put(name, text);
        }
        List<ReadingModel.Example> examples = new ArrayList<>();
        try {
            String peopleName = EXAMPLES + "/" + ReadingExamples.PEOPLE;
            String peopleText = texts.remove(peopleName);
            Map<String, NameRoles> people =
                    peopleText == null ? Map.of() : ReadingExamples.people(peopleText, peopleName);
            for (Map.Entry<String, String> file : texts.entrySet()) {
                examples.addAll(ReadingExamples.parse(file.getValue(), file.getKey(), people));
            }
        } catch (InvalidInputException e) {
            throw new RuleBaseException(
                    e.problems().stream().map(p -> p.describe()).toList());
        }
        return ReadingModel.train(examples);
    }

    private static boolean declaresFindings(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(
                        g -> g.getName().equals(Findings.GLOBAL) && g.getType().equals(Findings.class.getName()));
    }

    /**
     * The executable model reports errors against the Java it generated; the classic compiler names
     * the .drl file and line, so its messages are preferred whenever it finds the error too.
     */
    private static List<String> diagnose(KieServices kie, KieFileSystem kfs, KieBuilder executable) {
        List<String> classic = kie.newKieBuilder(kfs).buildAll().getResults().getMessages(Message.Level.ERROR).stream()
                .map(RuleBaseLoader::describe)
                .toList();
        return !classic.isEmpty()
                ? classic
                : executable.getResults().getMessages(Message.Level.ERROR).stream()
                        .map(RuleBaseLoader::describe)
                        .toList();
    }

    /** Drools wants each file under the folder of its package. */
    private static String resourcePath(String name, String drl) {
        Matcher m = PACKAGE.matcher(drl);
        String pkg = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        return "src/main/resources/" + pkg + name;
    }

    private static String describe(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String where = message.getLine() > 0 ? file + ":" + message.getLine() : file;
        String text = message.getText().strip().lines().findFirst().orElse("").strip();
        // the executable model appends the whole generated source; the first line says what is wrong
        return (where.isEmpty() ? "" : where + ": ") + (text.length() > 300 ? text.substring(0, 300) + " ..." : text);
    }

    private static String read(Path file) throws RuleBaseException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RuleBaseException(List.of(file.getFileName() + ": missing from the rules folder"));
        } catch (IOException e) {
            throw new RuleBaseException(List.of(file.getFileName() + ": cannot be read: " + e.getMessage()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
