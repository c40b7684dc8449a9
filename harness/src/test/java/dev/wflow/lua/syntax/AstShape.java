package dev.wflow.lua.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints an AST as a compact S-expression without positions, for shape assertions: {@code (Local
 * [(TypedName x (Named [number] []))] [(Binary IDIV (Number "3") (Number "2"))])}. Names print
 * bare, null prints {@code _}.
 */
final class AstShape {
  private AstShape() {}

  static String of(Object node) {
    StringBuilder sb = new StringBuilder();
    write(sb, node);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object o) {
    if (o == null) {
      sb.append('_');
    } else if (o instanceof Node.Name n) {
      sb.append(n.text());
    } else if (o instanceof String s) {
      sb.append('"')
          .append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
          .append('"');
    } else if (o instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        write(sb, list.get(i));
      }
      sb.append(']');
    } else if (o instanceof Record r) {
      record(sb, r);
    } else {
      sb.append(o);
    }
  }

  private static void record(StringBuilder sb, Record r) {
    sb.append('(').append(r.getClass().getSimpleName());
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals("span")) {
        continue;
      }
      try {
        Object v = c.getAccessor().invoke(r);
        if (r instanceof Node.Chunk && c.getName().equals("name")) {
          continue;
        }
        sb.append(' ');
        write(sb, v);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    sb.append(')');
  }
}
