package dev.wflow.registry;

import java.nio.file.Path;
import java.util.List;

/**
 * One YAML definition file: a top-level {@code namespace} plus an {@code entries:} list.
 *
 * @param path absolute path on disk
 * @param displayPath the path relative to the project root with {@code /} separators; this is the
 *     {@code file} of every diagnostic about this file
 * @param namespace the file's namespace (every entry ID in it starts with it)
 * @param itemLines the first line of each item of {@code entries:} in order, including items that
 *     could not be read as entries, so a problem can be told to belong to one entry
 */
public record DefinitionFile(
    Path path, String displayPath, String namespace, List<Integer> itemLines) {

  public DefinitionFile {
    itemLines = List.copyOf(itemLines);
  }

  /**
   * The lines of the item of {@code entries:} starting at {@code line}, up to the next item's
   * (exclusive); the file's end bounds the last.
   */
  public int itemEnd(int line) {
    for (int start : itemLines) {
      if (start > line) {
        return start;
      }
    }
    return Integer.MAX_VALUE;
  }
}
