package dev.wflow.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown-aware splitter in the spirit of langchaingo's: chunks never straddle a heading, each
 * chunk starts with its section's heading (with {@code headingHierarchy}, all enclosing headings),
 * blocks are kept whole while they fit and split with the recursive splitter when they do not, and
 * fenced code is dropped unless {@code codeBlocks} is set. It reads the text line by line rather
 * than through a CommonMark parser, so inline markup is kept as written.
 */
final class MarkdownSplitter implements TextSplitter {

  private final int chunkSize;
  private final boolean codeBlocks;
  private final boolean headingHierarchy;
  private final RecursiveSplitter second;

  MarkdownSplitter(
      int chunkSize,
      int overlap,
      boolean codeBlocks,
      boolean headingHierarchy,
      List<String> separators) {
    this.chunkSize = chunkSize;
    this.codeBlocks = codeBlocks;
    this.headingHierarchy = headingHierarchy;
    this.second =
        new RecursiveSplitter(
            chunkSize,
            overlap,
            separators != null ? separators : List.of("\n\n", "\n", " "),
            false);
  }

  @Override
  public List<String> split(String text) {
    List<String> chunks = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        inFence = !inFence;
        if (codeBlocks) {
          block.append(line).append('\n');
        }
        if (!inFence) {
          flush(block, blocks);
        }
        continue;
      }
      if (inFence) {
        if (codeBlocks) {
          block.append(line).append('\n');
        }
        continue;
      }
      int level = headingLevel(trimmed);
      if (level > 0) {
        flush(block, blocks);
        emit(chunks, headings, blocks);
        while (headings.size() >= level) {
          headings.remove(headings.size() - 1);
        }
        while (headings.size() < level - 1) {
          headings.add("");
        }
        headings.add(trimmed);
        continue;
      }
      if (trimmed.isEmpty()) {
        flush(block, blocks);
      } else {
        block.append(line).append('\n');
      }
    }
    flush(block, blocks);
    emit(chunks, headings, blocks);
    return chunks;
  }

  private static int headingLevel(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == '#') {
      n++;
    }
    return n >= 1 && n <= 6 && (n == line.length() || line.charAt(n) == ' ') ? n : 0;
  }

  private static void flush(StringBuilder block, List<String> blocks) {
    String b = block.toString().strip();
    if (!b.isEmpty()) {
      blocks.add(b);
    }
    block.setLength(0);
  }

  private void emit(List<String> chunks, List<String> headings, List<String> blocks) {
    String title = title(headings);
    String current = "";
    for (String b : blocks) {
      String candidate = current.isEmpty() ? b : current + "\n" + b;
      if (fits(title, candidate)) {
        current = candidate;
        continue;
      }
      if (!current.isEmpty()) {
        chunks.add(titled(title, current));
        current = "";
      }
      if (fits(title, b)) {
        current = b;
        continue;
      }
      for (String piece : second.split(b)) {
        chunks.add(titled(title, piece));
      }
    }
    if (!current.isEmpty()) {
      chunks.add(titled(title, current));
    }
    blocks.clear();
  }

  private boolean fits(String title, String body) {
    return RecursiveSplitter.length(titled(title, body)) <= chunkSize;
  }

  private static String titled(String title, String body) {
    return title.isEmpty() ? body : title + "\n" + body;
  }

  private String title(List<String> headings) {
    if (headings.isEmpty()) {
      return "";
    }
    if (!headingHierarchy) {
      return headings.get(headings.size() - 1);
    }
    List<String> present = new ArrayList<>();
    headings.stream().filter(h -> !h.isEmpty()).forEach(present::add);
    return String.join("\n", present);
  }
}
