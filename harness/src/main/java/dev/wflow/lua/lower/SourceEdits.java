package dev.wflow.lua.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements and insertions on the original source text, applied in one pass. Because every
 * untouched character stays where it was, LuaJ sees each remaining token on its original line.
 * Edits at the same offset apply in the order they were added (insertions before a replacement).
 */
final class SourceEdits {
  private record Edit(int start, int end, String text, int seq) {}

  private static final Comparator<Edit> ORDER =
      Comparator.comparingInt(Edit::start)
          .thenComparing(e -> e.end() > e.start()) // insertions first
          .thenComparingInt(Edit::seq);

  private final String source;
  private final List<Edit> edits = new ArrayList<>();

  SourceEdits(String source) {
    this.source = source;
  }

  /** Inserts ahead of every other edit at {@code offset}. */
  void insertFirst(int offset, String text) {
    edits.add(new Edit(offset, offset, text, -1));
  }

  void insert(int offset, String text) {
    edits.add(new Edit(offset, offset, text, edits.size()));
  }

  void replace(int start, int end, String text) {
    edits.add(new Edit(start, end, text, edits.size()));
  }

  /** Replaces {@code [start, end)} by spaces, keeping its line breaks (types, casts, ...). */
  void blank(int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      sb.append(c == '\n' || c == '\r' ? c : ' ');
    }
    replace(start, end, sb.toString());
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  String apply() {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(ORDER);
    StringBuilder out = new StringBuilder(source.length() + source.length() / 8 + 64);
    int at = 0;
    for (Edit e : sorted) {
      if (e.start() < at) {
        throw new IllegalStateException("overlapping edits at offset " + e.start());
      }
      out.append(source, at, e.start()).append(e.text());
      at = e.end();
    }
    return out.append(source, at, source.length()).toString();
  }
}
