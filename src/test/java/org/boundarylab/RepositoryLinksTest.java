package org.boundarylab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository stands on its own: every link in its Markdown leads to a file inside it, and no file points outside. */
class RepositoryLinksTest {

    static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static List<Path> files(String... roots) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(md|java|properties|yaml|xml|sql|drl|css)$")
                                || p.getFileName().toString().equals("run"))
                        .forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void every_markdown_link_leads_to_a_file_in_the_repository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path md : files("README.md", "docs")) {
            if (!md.toString().endsWith(".md")) {
                continue;
            }
            Matcher m = LINK.matcher(Files.readString(md));
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue; // an anchor in the same page, or a web address
                }
                Path resolved = md.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(md + " -> " + m.group(1));
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void no_file_refers_to_the_guides_outside_the_repository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : files("README.md", "docs", "src", "rules", "seeds", ".ci", "pom.xml")) {
            String text = Files.readString(file);
            for (String ref :
                    List.of("../shared", "shared/DESIGN", "DESIGN.md", "STACK-NOTES", "UX.md", "STYLE.md", "/work/")) {
                if (text.contains(ref) && !file.endsWith("RepositoryLinksTest.java")) {
                    outside.add(file + ": " + ref);
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}
