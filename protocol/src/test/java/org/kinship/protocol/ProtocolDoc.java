package org.kinship.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PROTOCOL.md read as test fixtures: its {@code json} blocks, its message section headings and its
 * error table. A tiny line-based reader on purpose: the document's conventions are simple, and a
 * block that breaks them should fail a test rather than be skipped quietly.
 */
final class ProtocolDoc {
    /** Where the document lives, seen from the module directory (Maven) and from the repository root (IDEs). */
    private static final List<Path> CANDIDATES = List.of(Path.of("PROTOCOL.md"), Path.of("protocol", "PROTOCOL.md"));
    /** A message section heading: {@code ### `type` (request|reply|event)}. */
    static final Pattern MESSAGE_HEADING = Pattern.compile("^### `([a-z.]+)` \\((request|reply|event)\\)$");
    /** Any Markdown heading, outside code blocks. */
    private static final Pattern HEADING = Pattern.compile("^#{1,6} ");
    private static final String FENCE = "```";
    private static final String ERROR_TABLE_HEADING = "# Error codes";
    private static final String PERMISSION_TABLE_HEADING = "### Who may send what";

    /** One fenced {@code json} block: where it starts, its text, and the nearest heading above it. */
    record JsonBlock(int line, String text, String heading) {
        @Override
        public String toString() {
            return "PROTOCOL.md:" + line + " under \"" + heading + "\"";
        }
    }

    /** One row of the error table. */
    record ErrorRow(int line, String code, String when, String httpStatus) {
    }

    /** One row of the permission table: a request type and who may send it. */
    record PermissionRow(int line, String type, String who) {
    }

    private final List<String> lines;

    private ProtocolDoc(List<String> lines) {
        this.lines = lines;
    }

    static ProtocolDoc load() {
        Path path = CANDIDATES.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("PROTOCOL.md not found from "
                        + Path.of("").toAbsolutePath() + "; looked at " + CANDIDATES));
        try {
            return new ProtocolDoc(Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every block fenced with exactly {@code ```json}; fails on a fence that only looks like one. */
    List<JsonBlock> jsonBlocks() {
        List<JsonBlock> blocks = new ArrayList<>();
        String heading = "(before any heading)";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (HEADING.matcher(line).lookingAt()) {
                heading = line;
            }
            if (!line.startsWith(FENCE)) {
                continue;
            }
            String info = line.substring(FENCE.length()).strip();
            if (!info.equals("json") && info.toLowerCase(Locale.ROOT).contains("json")) {
                throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": fence \"" + line
                        + "\" looks like JSON; tag examples exactly ```json");
            }
            int end = closingFence(i);
            if (info.equals("json")) {
                blocks.add(new JsonBlock(i + 1, String.join("\n", lines.subList(i + 1, end)), heading));
            }
            i = end;
        }
        return blocks;
    }

    /** A message section, from a heading like {@code ### `typing` (event)}. */
    record MessageSection(String type, String role) {
        /** Parses a heading; null when it is not a message section heading. */
        static MessageSection of(String heading) {
            Matcher m = MESSAGE_HEADING.matcher(heading);
            return m.matches() ? new MessageSection(m.group(1), m.group(2)) : null;
        }
    }

    /** Every message section, in document order. */
    List<MessageSection> messageSections() {
        List<MessageSection> sections = new ArrayList<>();
        forEachLineOutsideFences(line -> {
            MessageSection section = MessageSection.of(line);
            if (section != null) {
                sections.add(section);
            }
        });
        return sections;
    }

    /** The rows of the table under the top-level "Error codes" heading. */
    List<ErrorRow> errorRows() {
        int start = lines.indexOf(ERROR_TABLE_HEADING);
        if (start < 0) {
            throw new IllegalStateException("PROTOCOL.md has no \"" + ERROR_TABLE_HEADING + "\" heading");
        }
        List<ErrorRow> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("| Code ") || line.startsWith("|--")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": an error row has 3 cells: " + line);
            }
            String code = cells[0].strip();
            if (!code.matches("`[a-z_]+`")) {
                throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": first cell must be a `code`: " + line);
            }
            rows.add(new ErrorRow(i + 1, code.substring(1, code.length() - 1), cells[1].strip(), cells[2].strip()));
        }
        return rows;
    }

    /** The rows of the table under the "Who may send what" heading, up to the next heading. */
    List<PermissionRow> permissionRows() {
        int start = lines.indexOf(PERMISSION_TABLE_HEADING);
        if (start < 0) {
            throw new IllegalStateException("PROTOCOL.md has no \"" + PERMISSION_TABLE_HEADING + "\" heading");
        }
        List<PermissionRow> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("| Request ") || line.startsWith("|--")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            if (cells.length != 2) {
                throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": a permission row has 2 cells: " + line);
            }
            String type = cells[0].strip();
            if (!type.matches("`[a-z.]+`")) {
                throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": first cell must be one `type`: " + line);
            }
            rows.add(new PermissionRow(i + 1, type.substring(1, type.length() - 1), cells[1].strip()));
        }
        return rows;
    }

    /**
     * One field table: the heading it sits under, the line of its header row, its first-column names, and each
     * name's second cell (its type, e.g. {@code `open` or `closed`}), in table order.
     */
    record FieldTable(String heading, int line, List<String> fields, Map<String, String> types) {
    }

    /**
     * The first table with a {@code | Field |} header under the given heading line (exactly as written), before
     * the next heading; null when that section has no such table. Each row's first cell must be one `name`.
     */
    FieldTable fieldTable(String heading) {
        int start = indexOutsideFences(heading);
        if (start < 0) {
            throw new IllegalStateException("PROTOCOL.md has no heading \"" + heading + "\"");
        }
        for (int i = start + 1; i < lines.size() && !HEADING.matcher(lines.get(i)).lookingAt(); i++) {
            if (lines.get(i).startsWith(FENCE)) {
                i = closingFence(i);
            } else if (lines.get(i).startsWith("| Field ")) {
                List<String> fields = new ArrayList<>();
                Map<String, String> types = new LinkedHashMap<>();
                int header = i;
                for (i = i + 1; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("|--")) {
                        continue;
                    }
                    String[] cells = line.substring(1).split("\\|", -1);
                    String cell = cells[0].strip();
                    if (!cell.matches("`[A-Za-z\\[\\].]+`")) {
                        throw new IllegalStateException("PROTOCOL.md:" + (i + 1) + ": first cell must be one `field`: " + line);
                    }
                    String field = cell.substring(1, cell.length() - 1);
                    fields.add(field);
                    types.put(field, cells.length > 1 ? cells[1].strip() : "");
                }
                return new FieldTable(heading, header + 1, fields, types);
            }
        }
        return null;
    }

    /** The prose of one section: the lines after the given heading up to the next heading, code blocks left out. */
    String sectionText(String heading) {
        int start = indexOutsideFences(heading);
        if (start < 0) {
            throw new IllegalStateException("PROTOCOL.md has no heading \"" + heading + "\"");
        }
        List<String> text = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !HEADING.matcher(lines.get(i)).lookingAt(); i++) {
            if (lines.get(i).startsWith(FENCE)) {
                i = closingFence(i);
            } else {
                text.add(lines.get(i));
            }
        }
        return String.join("\n", text);
    }

    /** The {@code ### } headings between the given top-level heading and the next top-level one. */
    List<String> subHeadings(String topHeading) {
        int start = indexOutsideFences(topHeading);
        if (start < 0) {
            throw new IllegalStateException("PROTOCOL.md has no heading \"" + topHeading + "\"");
        }
        List<String> headings = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("# "); i++) {
            if (lines.get(i).startsWith(FENCE)) {
                i = closingFence(i);
            } else if (lines.get(i).startsWith("### ")) {
                headings.add(lines.get(i));
            }
        }
        return headings;
    }

    private int indexOutsideFences(String line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FENCE)) {
                i = closingFence(i);
            } else if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    private void forEachLineOutsideFences(Consumer<String> action) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FENCE)) {
                i = closingFence(i);
            } else {
                action.accept(lines.get(i));
            }
        }
    }

    private int closingFence(int opening) {
        for (int j = opening + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().equals(FENCE)) {
                return j;
            }
        }
        throw new IllegalStateException("PROTOCOL.md:" + (opening + 1) + ": code block is never closed");
    }
}
