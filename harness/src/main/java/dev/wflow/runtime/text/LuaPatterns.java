package dev.wflow.runtime.text;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Lua pattern matching ({@code string.find}, {@code match}, {@code gmatch}, {@code gsub}) that can
 * be stopped. LuaJ's matcher runs inside one Java call that no instruction hook sees, so a pattern
 * such as {@code (".-"):rep(20) .. "x"} against a long subject ran for minutes past every time
 * limit. Semantics are Lua 5.3.6's (also 5.4's), checked against {@code lua5.3}: {@code %f}, {@code
 * %g}, and no empty match where the previous {@code gsub}/{@code gmatch} match ended. This matcher
 * calls {@link #deadline} every few thousand steps; the deadline throws when the Lua state's time
 * is up.
 *
 * <pre>{@code
 * LuaPatterns patterns = new LuaPatterns(watchdog::checkDeadline);
 * Varargs found = patterns.find(LuaValue.varargsOf(s, pattern)); // start, end, captures…
 * }</pre>
 */
public final class LuaPatterns {

  private static final int MAX_CAPTURES = 32;
  private static final int MAX_DEPTH = 200;
  private static final int CAP_UNFINISHED = -1;
  private static final int CAP_POSITION = -2;
  private static final int CHECK_EVERY = 0xFFF;
  private static final String SPECIALS = "^$*+?.([%-";

  private final Runnable deadline;

  /**
   * @param deadline called every few thousand matching steps; throws to stop the match
   */
  public LuaPatterns(Runnable deadline) {
    this.deadline = deadline;
  }

  /** {@code string.find(s, pattern [, init [, plain]])}. */
  public Varargs find(Varargs args) {
    return findOrMatch(args, true);
  }

  /** {@code string.match(s, pattern [, init])}. */
  public Varargs match(Varargs args) {
    return findOrMatch(args, false);
  }

  private Varargs findOrMatch(Varargs args, boolean find) {
    LuaString s = args.checkstring(1);
    LuaString p = args.checkstring(2);
    int init = start(args.optint(3, 1), s.length());
    if (init > s.length()) {
      return LuaValue.NIL;
    }
    if (find && (args.toboolean(4) || noSpecials(p))) {
      int at = s.indexOf(p, init);
      return at < 0
          ? LuaValue.NIL
          : LuaValue.varargsOf(LuaValue.valueOf(at + 1), LuaValue.valueOf(at + p.length()));
    }
    State ms = new State(s, p);
    boolean anchor = p.length() > 0 && p.luaByte(0) == '^';
    int pStart = anchor ? 1 : 0;
    int from = init;
    do {
      ms.reset();
      int end = ms.match(from, pStart, 0);
      if (end >= 0) {
        if (find) {
          return LuaValue.varargsOf(
              LuaValue.valueOf(from + 1), LuaValue.valueOf(end), ms.captures(-1, -1, false));
        }
        return ms.captures(from, end, true);
      }
      from++;
    } while (from <= s.length() && !anchor);
    return LuaValue.NIL;
  }

  /** {@code string.gmatch(s, pattern)}: the iterator function. */
  public LuaValue gmatch(Varargs args) {
    LuaString s = args.checkstring(1);
    LuaString p = args.checkstring(2);
    int[] next = {0, -1}; // where to go on, and the end of the last match
    return new org.luaj.vm2.lib.VarArgFunction() {
      @Override
      public Varargs invoke(Varargs ignored) {
        State ms = new State(s, p);
        for (int from = next[0]; from <= s.length(); from++) {
          ms.reset();
          int end = ms.match(from, 0, 0);
          // As Lua 5.3.6 and 5.4: no empty match right where the previous match ended.
          if (end >= 0 && end != next[1]) {
            next[0] = end;
            next[1] = end;
            return ms.captures(from, end, true);
          }
        }
        next[0] = s.length() + 1;
        return LuaValue.NIL;
      }
    };
  }

  /** {@code string.gsub(s, pattern, repl [, n])}. */
  public Varargs gsub(Varargs args) {
    LuaString s = args.checkstring(1);
    LuaString p = args.checkstring(2);
    LuaValue repl = args.arg(3);
    int type = repl.type();
    if (type != LuaValue.TSTRING
        && type != LuaValue.TNUMBER
        && type != LuaValue.TTABLE
        && type != LuaValue.TFUNCTION) {
      throw new LuaError(
          "bad argument #3 to 'gsub' (string/function/table expected, got "
              + repl.typename()
              + ")");
    }
    int max = args.optint(4, s.length() + 1);
    boolean anchor = p.length() > 0 && p.luaByte(0) == '^';
    int pStart = anchor ? 1 : 0;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    State ms = new State(s, p);
    int src = 0;
    int count = 0;
    int lastMatch = -1;
    while (count < max) {
      ms.reset();
      int end = ms.match(src, pStart, 0);
      if (end >= 0 && end != lastMatch) {
        count++;
        ms.replace(out, src, end, repl);
        src = end;
        lastMatch = end;
      } else if (src < s.length()) {
        out.write(s.luaByte(src++));
      } else {
        break;
      }
      if (anchor) {
        break;
      }
    }
    out.write(s.m_bytes, s.m_offset + src, s.length() - src);
    return LuaValue.varargsOf(LuaValue.valueOf(out.toByteArray()), LuaValue.valueOf(count));
  }

  private static int start(int init, int length) {
    if (init > 0) {
      return init - 1;
    }
    if (init == 0) {
      return 0;
    }
    return Math.max(0, length + init);
  }

  private static boolean noSpecials(LuaString p) {
    for (int i = 0; i < p.length(); i++) {
      if (SPECIALS.indexOf(p.luaByte(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** One match attempt's subject, pattern and captures (lstrlib's MatchState). */
  private final class State {
    final LuaString s;
    final LuaString p;
    final int[] captureStart = new int[MAX_CAPTURES];
    final int[] captureLength = new int[MAX_CAPTURES];
    int level;
    int steps;

    State(LuaString s, LuaString p) {
      this.s = s;
      this.p = p;
    }

    void reset() {
      level = 0;
    }

    private void tick() {
      if ((++steps & CHECK_EVERY) == 0) {
        deadline.run();
      }
    }

    /** The end of a match of pattern from {@code pi} at subject {@code si}, or -1. */
    int match(int si, int pi, int depth) {
      if (depth > MAX_DEPTH) {
        throw new LuaError("pattern too complex");
      }
      while (true) {
        tick();
        if (pi == p.length()) {
          return si;
        }
        int c = p.luaByte(pi);
        switch (c) {
          case '(':
            if (pi + 1 < p.length() && p.luaByte(pi + 1) == ')') {
              return startCapture(si, pi + 2, CAP_POSITION, depth);
            }
            return startCapture(si, pi + 1, CAP_UNFINISHED, depth);
          case ')':
            return endCapture(si, pi + 1, depth);
          case '$':
            if (pi + 1 == p.length()) {
              return si == s.length() ? si : -1;
            }
            break;
          case '%':
            if (pi + 1 < p.length()) {
              int next = p.luaByte(pi + 1);
              if (next == 'b') {
                si = balance(si, pi + 2);
                if (si < 0) {
                  return -1;
                }
                pi += 4;
                continue;
              }
              if (next == 'f') {
                pi += 2;
                if (pi >= p.length() || p.luaByte(pi) != '[') {
                  throw new LuaError("missing '[' after '%f' in pattern");
                }
                int ep = classEnd(pi);
                int previous = si == 0 ? 0 : s.luaByte(si - 1);
                int current = si < s.length() ? s.luaByte(si) : 0;
                if (!matchClassSet(previous, pi, ep - 1) && matchClassSet(current, pi, ep - 1)) {
                  pi = ep;
                  continue;
                }
                return -1;
              }
              if (Character.isDigit(next)) {
                si = matchCapture(si, next);
                if (si < 0) {
                  return -1;
                }
                pi += 2;
                continue;
              }
            }
            break;
          default:
            break;
        }
        int ep = classEnd(pi);
        int epc = ep < p.length() ? p.luaByte(ep) : 0;
        boolean matches = si < s.length() && singleMatch(s.luaByte(si), pi, ep);
        if (epc == '?') {
          if (matches) {
            int r = match(si + 1, ep + 1, depth + 1);
            if (r >= 0) {
              return r;
            }
          }
          pi = ep + 1;
          continue;
        }
        if (epc == '+') {
          return matches ? maxExpand(si + 1, pi, ep, depth) : -1;
        }
        if (epc == '*') {
          return maxExpand(si, pi, ep, depth);
        }
        if (epc == '-') {
          return minExpand(si, pi, ep, depth);
        }
        if (!matches) {
          return -1;
        }
        si++;
        pi = ep;
      }
    }

    private int maxExpand(int si, int pi, int ep, int depth) {
      int i = 0;
      while (si + i < s.length() && singleMatch(s.luaByte(si + i), pi, ep)) {
        tick();
        i++;
      }
      while (i >= 0) {
        int r = match(si + i, ep + 1, depth + 1);
        if (r >= 0) {
          return r;
        }
        i--;
      }
      return -1;
    }

    private int minExpand(int si, int pi, int ep, int depth) {
      while (true) {
        int r = match(si, ep + 1, depth + 1);
        if (r >= 0) {
          return r;
        }
        if (si < s.length() && singleMatch(s.luaByte(si), pi, ep)) {
          si++;
        } else {
          return -1;
        }
      }
    }

    private int startCapture(int si, int pi, int what, int depth) {
      if (level >= MAX_CAPTURES) {
        throw new LuaError("too many captures");
      }
      captureStart[level] = si;
      captureLength[level] = what;
      level++;
      int r = match(si, pi, depth + 1);
      if (r < 0) {
        level--;
      }
      return r;
    }

    private int endCapture(int si, int pi, int depth) {
      int l = captureToClose();
      captureLength[l] = si - captureStart[l];
      int r = match(si, pi, depth + 1);
      if (r < 0) {
        captureLength[l] = CAP_UNFINISHED;
      }
      return r;
    }

    private int captureToClose() {
      for (int l = level - 1; l >= 0; l--) {
        if (captureLength[l] == CAP_UNFINISHED) {
          return l;
        }
      }
      throw new LuaError("invalid pattern capture");
    }

    private int matchCapture(int si, int digit) {
      int l = checkCapture(digit);
      int len = captureLength[l];
      if (s.length() - si >= len
          && LuaString.equals(
              s.m_bytes, s.m_offset + captureStart[l], s.m_bytes, s.m_offset + si, len)) {
        return si + len;
      }
      return -1;
    }

    private int checkCapture(int digit) {
      int l = digit - '1';
      if (l < 0 || l >= level || captureLength[l] == CAP_UNFINISHED) {
        throw new LuaError("invalid capture index %" + (l + 1));
      }
      return l;
    }

    private int balance(int si, int pi) {
      if (pi + 1 >= p.length()) {
        throw new LuaError("malformed pattern (missing arguments to '%b')");
      }
      if (si >= s.length() || s.luaByte(si) != p.luaByte(pi)) {
        return -1;
      }
      int open = p.luaByte(pi);
      int close = p.luaByte(pi + 1);
      int depth = 1;
      for (int i = si + 1; i < s.length(); i++) {
        tick();
        int c = s.luaByte(i);
        if (c == close) {
          if (--depth == 0) {
            return i + 1;
          }
        } else if (c == open) {
          depth++;
        }
      }
      return -1;
    }

    /** The index just past the single-character class at {@code pi}. */
    private int classEnd(int pi) {
      int c = p.luaByte(pi++);
      if (c == '%') {
        if (pi >= p.length()) {
          throw new LuaError("malformed pattern (ends with '%')");
        }
        return pi + 1;
      }
      if (c == '[') {
        if (pi < p.length() && p.luaByte(pi) == '^') {
          pi++;
        }
        do {
          if (pi >= p.length()) {
            throw new LuaError("malformed pattern (missing ']')");
          }
          c = p.luaByte(pi++);
          if (c == '%') {
            if (pi >= p.length()) {
              throw new LuaError("malformed pattern (missing ']')");
            }
            pi++;
          }
        } while (pi >= p.length() || p.luaByte(pi) != ']');
        return pi + 1;
      }
      return pi;
    }

    private boolean singleMatch(int c, int pi, int ep) {
      int pc = p.luaByte(pi);
      return switch (pc) {
        case '.' -> true;
        case '%' -> matchClass(c, p.luaByte(pi + 1));
        case '[' -> matchClassSet(c, pi, ep - 1);
        default -> pc == c;
      };
    }

    /** {@code [set]} from {@code pi} (the '[') to {@code ec} (the ']'). */
    private boolean matchClassSet(int c, int pi, int ec) {
      boolean negate = false;
      pi++;
      if (p.luaByte(pi) == '^') {
        negate = true;
        pi++;
      }
      while (pi < ec) {
        int pc = p.luaByte(pi);
        if (pc == '%') {
          pi++;
          if (matchClass(c, p.luaByte(pi))) {
            return !negate;
          }
          pi++;
        } else if (pi + 2 < ec && p.luaByte(pi + 1) == '-') {
          if (pc <= c && c <= p.luaByte(pi + 2)) {
            return !negate;
          }
          pi += 3;
        } else {
          if (pc == c) {
            return !negate;
          }
          pi++;
        }
      }
      return negate;
    }

    /** Lua varargs of the captures; with none, the whole match when {@code wholeIfNone}. */
    Varargs captures(int from, int end, boolean wholeIfNone) {
      int n = level == 0 && wholeIfNone ? 1 : level;
      LuaValue[] values = new LuaValue[n];
      for (int i = 0; i < n; i++) {
        values[i] = capture(i, from, end);
      }
      return LuaValue.varargsOf(values);
    }

    LuaValue capture(int i, int from, int end) {
      if (i >= level) {
        if (i == 0) {
          return s.substring(from, end);
        }
        throw new LuaError("invalid capture index %" + (i + 1));
      }
      int len = captureLength[i];
      if (len == CAP_UNFINISHED) {
        throw new LuaError("unfinished capture");
      }
      if (len == CAP_POSITION) {
        return LuaValue.valueOf(captureStart[i] + 1);
      }
      return s.substring(captureStart[i], captureStart[i] + len);
    }

    void replace(java.io.ByteArrayOutputStream out, int from, int end, LuaValue repl) {
      LuaValue value;
      switch (repl.type()) {
        case LuaValue.TSTRING, LuaValue.TNUMBER -> {
          replaceString(out, from, end, repl.checkstring());
          return;
        }
        case LuaValue.TTABLE -> value = repl.get(capture(0, from, end));
        default -> value = repl.invoke(captures(from, end, true)).arg1();
      }
      if (!value.toboolean()) {
        out.write(s.m_bytes, s.m_offset + from, end - from);
      } else if (value.isstring()) {
        LuaString v = value.checkstring();
        out.write(v.m_bytes, v.m_offset, v.m_length);
      } else {
        throw new LuaError("invalid replacement value (a " + value.typename() + ")");
      }
    }

    private void replaceString(java.io.ByteArrayOutputStream out, int from, int end, LuaString r) {
      for (int i = 0; i < r.length(); i++) {
        int c = r.luaByte(i);
        if (c != '%') {
          out.write(c);
          continue;
        }
        i++;
        int d = i < r.length() ? r.luaByte(i) : 0;
        if (d == '%') {
          out.write('%');
        } else if (d == '0') {
          out.write(s.m_bytes, s.m_offset + from, end - from);
        } else if (d >= '1' && d <= '9') {
          LuaString v = capture(d - '1', from, end).tostring().checkstring();
          out.write(v.m_bytes, v.m_offset, v.m_length);
        } else {
          throw new LuaError("invalid use of '%' in replacement string");
        }
      }
    }
  }

  /** C's ctype classes in the "C" locale, as Lua's {@code %a}, {@code %d}… use them. */
  static boolean matchClass(int c, int cl) {
    int lower = cl | 0x20;
    boolean res;
    switch (lower) {
      case 'a' -> res = isAlpha(c);
      case 'c' -> res = c < 32 || c == 127;
      case 'd' -> res = c >= '0' && c <= '9';
      case 'g' -> res = c > 32 && c < 127;
      case 'l' -> res = c >= 'a' && c <= 'z';
      case 'p' -> res = isPunct(c);
      case 's' -> res = c == ' ' || (c >= '\t' && c <= '\r');
      case 'u' -> res = c >= 'A' && c <= 'Z';
      case 'w' -> res = isAlpha(c) || (c >= '0' && c <= '9');
      case 'x' -> res = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      case 'z' -> res = c == 0;
      default -> {
        return cl == c;
      }
    }
    return cl >= 'A' && cl <= 'Z' ? !res : res;
  }

  private static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isPunct(int c) {
    return c > 32 && c < 127 && !isAlpha(c) && !(c >= '0' && c <= '9');
  }
}
