package dev.wflow.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Resolves an entry's {@code source}: {@code file://x.lua} relative to the YAML file (E104 when it
 * cannot be read), anything else inline Lua whose lines are mapped back into the YAML file.
 */
final class SourceResolver {

  static final String FILE_PREFIX = "file://";

  private final Path root;
  private final Path boundary;
  private final DefinitionFile file;
  private final Problems problems;
  private List<String> yamlLines;

  SourceResolver(Path root, Path boundary, DefinitionFile file, Problems problems) {
    this.root = root;
    this.boundary = boundary;
    this.file = file;
    this.problems = problems;
  }

  Optional<LuaSource> resolve(EntryReader.Fields f, Optional<ScalarNode> node) {
    Object source = f.values().get("source");
    if (source == null || (source instanceof String s && s.isBlank())) {
      error("E102", f.span("source"), "entry " + f.id() + " (" + f.kind() + ") has no source");
      return Optional.empty();
    }
    if (!(source instanceof String text) || node.isEmpty()) {
      error("E102", f.span("source"), "entry " + f.id() + ": source must be a string");
      return Optional.empty();
    }
    if (text.startsWith(FILE_PREFIX)) {
      return fromFile(text.substring(FILE_PREFIX.length()), f.span("source"));
    }
    return Optional.of(inline(text, node.get()));
  }

  private Optional<LuaSource> fromFile(String relative, Span span) {
    if (relative.isBlank()) {
      error("E104", span, "source file:// names no file");
      return Optional.empty();
    }
    Path path = file.path().getParent().resolve(relative).normalize();
    String shown = displayPath(root, boundary, path);
    if (!path.startsWith(root) && !path.startsWith(boundary)) {
      // Wippy reads sources from inside the project only; the project would not run elsewhere.
      error("E104", span, "source file " + shown + " is outside the project");
      return Optional.empty();
    }
    if (!path.startsWith(boundary)) {
      // The platform loads each source directory as one file system (os.DirFS) and refuses a
      // file:// path that climbs out of it, even into the rest of the project.
      error(
          "E104",
          span,
          "source file "
              + shown
              + " is outside the source directory "
              + displayPath(root, boundary, boundary)
              + ", which is all the platform reads file:// sources from");
      return Optional.empty();
    }
    if (!Files.exists(path)) {
      error(
          "E104",
          span,
          Files.isSymbolicLink(path)
              ? "source file " + shown + " is a broken or looping symbolic link"
              : "source file not found: " + shown);
      return Optional.empty();
    }
    if (!Files.isRegularFile(path)) {
      error("E104", span, "source is not a file: " + shown);
      return Optional.empty();
    }
    if (!insideProject(root, path) && !insideProject(boundary, path)) {
      // Checked on the real path: a link in src/ to ~/.aws/credentials must not be read (its first
      // line would be printed in a diagnostic, in CI logs).
      error(
          "E104",
          span,
          "source file " + shown + " is a symbolic link to a file outside the project");
      return Optional.empty();
    }
    try {
      String text = TextFile.read(path);
      return Optional.of(new LuaSource(Optional.of(path), text, shown, 1, 0));
    } catch (TextFile.NotUtf8 e) {
      error(
          "E104",
          span,
          "source file "
              + shown
              + " is not valid UTF-8 (first bad byte at line "
              + e.line()
              + ", column "
              + e.column()
              + ")");
    } catch (IOException e) {
      error("E104", span, "cannot read source file " + shown + ": " + TextFile.reason(e));
    }
    return Optional.empty();
  }

  /** Whether {@code path}, links resolved, is inside {@code root}, links resolved. */
  static boolean insideProject(Path root, Path path) {
    try {
      return path.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private LuaSource inline(String text, ScalarNode node) {
    int startLine = node.getStartMark().getLine() + 1;
    int startColumn = node.getStartMark().getColumn();
    ScalarStyle style = node.getScalarStyle();
    if (style == ScalarStyle.LITERAL) {
      // The block's text starts on the line after the '|' indicator, indented.
      return new LuaSource(
          Optional.empty(), text, file.displayPath(), startLine + 1, indentOf(text, startLine + 1));
    }
    boolean oneLine =
        node.getEndMark().getLine() == node.getStartMark().getLine() && !text.contains("\n");
    int quote = style == ScalarStyle.PLAIN ? 0 : 1;
    int firstLine = style == ScalarStyle.FOLDED ? startLine + 1 : startLine;
    int offset = style == ScalarStyle.FOLDED ? indentOf(text, firstLine) : startColumn + quote;
    Optional<FlowScalarPositions> positions =
        oneLine
            ? Optional.empty()
            : FlowScalarPositions.of(yamlLines(), startLine - 1, startColumn, style, text);
    return new LuaSource(
        Optional.empty(), text, file.displayPath(), firstLine, offset, oneLine, positions);
  }

  /**
   * The indentation of a literal block: how much longer a YAML line is than the code line it holds
   * (an explicit indentation indicator such as {@code |2} can leave spaces in the code).
   */
  private int indentOf(String text, int firstLine) {
    List<String> raw = yamlLines();
    String[] code = text.split("\n", -1);
    for (int i = 0; i < code.length && firstLine - 1 + i < raw.size(); i++) {
      String line = raw.get(firstLine - 1 + i);
      if (!code[i].isBlank() && line.endsWith(code[i])) {
        return line.length() - code[i].length();
      }
    }
    // Folded text: its lines are not the YAML lines; the block's own indentation is the best guess.
    return firstLine - 1 < raw.size()
        ? raw.get(firstLine - 1).length() - raw.get(firstLine - 1).stripLeading().length()
        : 0;
  }

  private List<String> yamlLines() {
    if (yamlLines == null) {
      try {
        yamlLines = TextFile.read(file.path()).lines().toList();
      } catch (IOException e) {
        yamlLines = List.of();
      }
    }
    return yamlLines;
  }

  /** {@code path} relative to {@code root} with {@code /} separators, or absolute if outside. */
  static String displayPath(Path root, Path path) {
    Path shown = path.startsWith(root) ? root.relativize(path) : path;
    return shown.toString().replace('\\', '/');
  }

  /**
   * As {@link #displayPath(Path, Path)}, and a file of a source directory outside the root (a lock
   * file's {@code src: ..}) relative to the root too ({@code ../src/_index.yaml}): it is the
   * project's own code.
   */
  static String displayPath(Path root, Path sourceDir, Path path) {
    if (!path.startsWith(root) && path.startsWith(sourceDir)) {
      String shown = root.relativize(path).toString().replace('\\', '/');
      return shown.isEmpty() ? "." : shown;
    }
    return displayPath(root, path);
  }

  private void error(String code, Span span, String message) {
    problems.error(code, file.displayPath(), span, message);
  }
}
