package dev.wflow.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * langchaingo's recursive character splitter (v0.1.14, which the runtime uses): split on the first
 * separator the text contains, merge the pieces into chunks of at most {@code chunkSize} characters
 * (code points) with up to {@code overlap} characters carried over, and split pieces that are still
 * too long with the remaining separators.
 *
 * <pre>{@code
 * new RecursiveSplitter(10, 0, List.of(" "), false).split("aaaa bbbb cccc"); // [aaaa bbbb, cccc]
 * }</pre>
 */
final class RecursiveSplitter implements TextSplitter {

  static final List<String> DEFAULT_SEPARATORS = List.of("\n\n", "\n", " ", "");

  private final int chunkSize;
  private final int overlap;
  private final List<String> separators;
  private final boolean keepSeparator;

  RecursiveSplitter(int chunkSize, int overlap, List<String> separators, boolean keepSeparator) {
    this.chunkSize = chunkSize;
    this.overlap = overlap;
    this.separators = separators;
    this.keepSeparator = keepSeparator;
  }

  @Override
  public List<String> split(String text) {
    return split(text, separators);
  }

  private List<String> split(String text, List<String> seps) {
    List<String> chunks = new ArrayList<>();
    String separator = seps.get(seps.size() - 1);
    List<String> rest = List.of();
    for (int i = 0; i < seps.size(); i++) {
      String c = seps.get(i);
      if (c.isEmpty() || text.contains(c)) {
        separator = c;
        rest = seps.subList(i + 1, seps.size());
        break;
      }
    }
    List<String> pieces = goSplit(text, separator);
    if (keepSeparator) {
      for (int i = 1; i < pieces.size(); i++) {
        pieces.set(i, separator + pieces.get(i));
      }
      separator = "";
    }
    List<String> good = new ArrayList<>();
    for (String piece : pieces) {
      if (length(piece) < chunkSize) {
        good.add(piece);
        continue;
      }
      if (!good.isEmpty()) {
        chunks.addAll(merge(good, separator));
        good = new ArrayList<>();
      }
      if (rest.isEmpty()) {
        chunks.add(piece);
      } else {
        chunks.addAll(split(piece, rest));
      }
    }
    if (!good.isEmpty()) {
      chunks.addAll(merge(good, separator));
    }
    return chunks;
  }

  /** Go's {@code strings.Split}: an empty separator splits into code points. */
  static List<String> goSplit(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    int from = 0;
    int at;
    while ((at = s.indexOf(sep, from)) >= 0) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  private List<String> merge(List<String> splits, String separator) {
    List<String> docs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int total = 0;
    int sepLen = length(separator);
    for (String split : splits) {
      int len = length(split);
      int withSplit = total + len + (current.isEmpty() ? 0 : sepLen);
      if (withSplit > chunkSize && !current.isEmpty()) {
        addJoined(docs, current, separator);
        while (shouldPop(total, len, current.size() < 2 ? 0 : sepLen, current.size())) {
          total -= length(current.get(0));
          if (current.size() > 1) {
            total -= sepLen;
          }
          current.remove(0);
        }
      }
      current.add(split);
      total += len;
      if (current.size() > 1) {
        total += sepLen;
      }
    }
    addJoined(docs, current, separator);
    return docs;
  }

  private boolean shouldPop(int total, int splitLen, int sepLen, int count) {
    return count > 0 && (total > overlap || (total + splitLen + sepLen > chunkSize && total > 0));
  }

  private static void addJoined(List<String> docs, List<String> parts, String separator) {
    String doc = String.join(separator, parts).strip();
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
