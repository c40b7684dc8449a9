package dev.wflow.lua.syntax;

/**
 * Interns identifiers straight from the source characters: one hash over the characters, no
 * temporary String, and keywords answered from the same table. The lexer's hottest path.
 */
final class NameTable {
  private String[] names = new String[512];
  private char[][] chars = new char[512][];
  private TokenKind[] kinds = new TokenKind[512];
  private int size;

  NameTable() {
    for (TokenKind k : TokenKind.values()) {
      if (k.ordinal() >= TokenKind.AND.ordinal() && k.ordinal() <= TokenKind.EXTENDS.ordinal()) {
        char[] text = k.text.toCharArray();
        int slot = find(text, 0, text.length, hash(text, 0, text.length));
        insert(slot, k.text, k);
      }
    }
  }

  /** The index of the identifier {@code src[start, end)} in the table, adding it if new. */
  int lookup(char[] src, int start, int end) {
    int h = hash(src, start, end);
    int slot = find(src, start, end, h);
    if (names[slot] == null) {
      insert(slot, new String(src, start, end - start), TokenKind.NAME);
      slot = find(src, start, end, h);
    }
    return slot;
  }

  String name(int slot) {
    return names[slot];
  }

  TokenKind kind(int slot) {
    return kinds[slot];
  }

  private static int hash(char[] src, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + src[i];
    }
    return h ^ (h >>> 16);
  }

  private int find(char[] src, int start, int end, int h) {
    int mask = names.length - 1;
    int slot = h & mask;
    while (true) {
      char[] s = chars[slot];
      if (s == null || equal(s, src, start, end)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean equal(char[] s, char[] src, int start, int end) {
    int n = end - start;
    if (s.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s[i] != src[start + i]) {
        return false;
      }
    }
    return true;
  }

  private void insert(int slot, String name, TokenKind kind) {
    names[slot] = name;
    chars[slot] = name.toCharArray();
    kinds[slot] = kind;
    if (++size * 2 > names.length) {
      rehash();
    }
  }

  private void rehash() {
    String[] oldNames = names;
    TokenKind[] oldKinds = kinds;
    chars = new char[oldNames.length * 2][];
    names = new String[oldNames.length * 2];
    kinds = new TokenKind[oldNames.length * 2];
    size = 0;
    for (int i = 0; i < oldNames.length; i++) {
      if (oldNames[i] != null) {
        char[] text = oldNames[i].toCharArray();
        insert(find(text, 0, text.length, hash(text, 0, text.length)), oldNames[i], oldKinds[i]);
      }
    }
  }
}
