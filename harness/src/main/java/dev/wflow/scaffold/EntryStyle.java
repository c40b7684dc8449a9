package dev.wflow.scaffold;

/**
 * How a definition file writes its entries, so new ones look as if the developer had typed them.
 *
 * @param itemIndent the column of each entry's {@code -}
 * @param dashGap the distance from the {@code -} to the entry's first key ({@code "- name"} is 2)
 * @param step how much deeper a nested mapping's keys sit than their parent key
 * @param sequenceOffset how much deeper a nested block list's {@code -} sits than its key (0 for
 *     the indentless style {@code modules:\n- funcs})
 * @param flowLists whether short lists of scalars are written {@code [a, b]}
 * @param quote how string values are quoted
 * @param blankLineBetween whether entries are separated by a blank line
 */
public record EntryStyle(
    int itemIndent,
    int dashGap,
    int step,
    int sequenceOffset,
    boolean flowLists,
    Quote quote,
    boolean blankLineBetween) {

  /** The quoting of string values. */
  public enum Quote {
    /** Plain where YAML allows it, double quotes where it does not. */
    PLAIN,
    DOUBLE,
    SINGLE
  }

  /** The style of {@code wflow init}'s files and of a file whose {@code entries:} is empty. */
  public static final EntryStyle DEFAULT = new EntryStyle(2, 2, 2, 2, true, Quote.PLAIN, true);
}
