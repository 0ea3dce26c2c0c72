package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules are code: a DRL can call any Java the app can. Before a rule base is compiled, this refuses
 * one that imports anything but the app's own types and java.util, or that reaches files, the
 * network, the process or reflection, naming the file and line. Comments and string literals are
 * not code and are skipped. Who may write {@code rules/} at all is an operator's decision
 * (docs/security.md); this keeps a slip or a tampered file from running.
 */
final class DrlGuard {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");
    private static final Pattern ALLOWED_IMPORT = Pattern.compile("org\\.boundarylab\\..*|java\\.util\\.[\\w.*]+");
    private static final Pattern FORBIDDEN =
            Pattern.compile("\\bjava\\s*\\.\\s*(?:io|nio|net|lang\\s*\\.\\s*(?:reflect|invoke))\\b"
                    + "|\\b(?:System|Runtime|ProcessBuilder|ProcessHandle|Process|ClassLoader|Thread|MethodHandles?|Unsafe)\\b"
                    + "|\\bClass\\s*\\.\\s*forName\\b|\\.\\s*getClass\\s*\\(|\\bgetDeclared\\w*|\\bsetAccessible\\b");

    private DrlGuard() {}

    /** Every refusal for this file, as "file line N: ..." messages; empty when the file may be compiled. */
    static List<String> problems(String fileName, String drl) {
        List<String> problems = new ArrayList<>();
        String[] lines = codeOnly(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imp = IMPORT.matcher(line);
            if (imp.find() && !ALLOWED_IMPORT.matcher(imp.group(1)).matches()) {
                problems.add(fileName + " line " + (i + 1) + ": imports " + imp.group(1)
                        + "; a rule base may import only org.boundarylab types and java.util");
                continue;
            }
            Matcher bad = FORBIDDEN.matcher(line);
            if (bad.find()) {
                problems.add(
                        fileName + " line " + (i + 1) + ": uses " + bad.group().strip()
                                + "; a rule base may not reach files, the network, the process or reflection");
            }
        }
        return problems;
    }

    /** The text with comments and string literals blanked out, line breaks kept so lines still count. */
    static String codeOnly(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                drl.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                out.append(c).append(c);
                i++;
                while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    i += drl.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
