package dev.wflow.lua.lower;

import static dev.wflow.runtime.LuaFunctions.of;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.HashMap;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Types as run-time values, as the platform keeps them: {@code type X = …} becomes a value whose
 * {@code X:is(v)} returns {@code v, nil} or {@code nil, err} and whose call {@code X(v)} returns
 * {@code v} or raises that error. Records, optionals, unions, intersections, arrays, maps,
 * literal types, generics and the validator annotations {@code @min}, {@code @max}, {@code
 * @min_len}, {@code @max_len} and {@code @pattern} are checked; function types check that the
 * value is a function; what only the static checker can judge ({@code keyof}, conditionals)
 * accepts anything. The descriptors come from {@link TypeDescriptors}.
 *
 * <pre>{@code
 * -- type Point = {x: number, y: number}
 * local p, err = Point:is({x = 1})   -- nil, "y: expected number, got nil"
 * }</pre>
 */
final class RuntimeTypes {

  private static final LuaTable META = metatable();

  private RuntimeTypes() {}

  /** Adds {@code type(name, descriptor)} to the helpers; errors are made with {@code globals}. */
  static void register(LuaTable helpers, LuaValue globals) {
    helpers.rawset("type", of(a -> new TypeValue(a.checkjstring(1), a.checktable(2), globals)));
  }

  /** A declared type: its name, descriptor, and where {@code errors.new} is found. */
  static final class TypeValue extends LuaUserdata {
    final String name;
    final LuaTable descriptor;
    final LuaValue globals;

    TypeValue(String name, LuaTable descriptor, LuaValue globals) {
      super(new Object(), META);
      this.name = name;
      this.descriptor = descriptor;
      this.globals = globals;
    }

    @Override
    public String tojstring() {
      return "type " + name;
    }

    /** Null when {@code v} is a value of this type, else what is wrong. */
    String problem(LuaValue v) {
      LuaTable d = descriptor;
      Map<String, Bound> env = Map.of();
      if (kind(d).equals("generic")) {
        d = d.get("t").checktable(); // used without type arguments: its parameters are any
      }
      return new Checker().check(d, env, v, "");
    }

    LuaValue errorOf(String problem) {
      LuaValue errors = globals.get("errors");
      if (errors.istable() && errors.get("new").isfunction()) {
        LuaTable spec = new LuaTable();
        spec.set("message", problem);
        spec.set("kind", "Invalid");
        spec.set("retryable", LuaValue.FALSE);
        return errors.get("new").call(spec);
      }
      return LuaValue.valueOf(problem);
    }
  }

  /** A type parameter bound to a descriptor, with the parameters in force where it was written. */
  private record Bound(LuaTable descriptor, Map<String, Bound> env) {}

  private static final class Checker {
    private int depth;

    String check(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      if (++depth > 200) {
        throw new LuaError("type check nested too deep (a type that contains itself?)");
      }
      try {
        return checkKind(d, env, v, path);
      } finally {
        depth--;
      }
    }

    private String checkKind(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      switch (kind(d)) {
        case "prim":
          return primitive(d.get("n").tojstring(), v) ? null : mismatch(d, env, v, path);
        case "lit":
          return v.raweq(d.get("v")) ? null : mismatch(d, env, v, path);
        case "opt":
          return v.isnil() ? null : check(d.get("t").checktable(), env, v, path);
        case "union":
          for (LuaValue m : members(d)) {
            if (check(m.checktable(), env, v, path) == null) {
              return null;
            }
          }
          return mismatch(d, env, v, path);
        case "all":
          for (LuaValue m : members(d)) {
            String p = check(m.checktable(), env, v, path);
            if (p != null) {
              return p;
            }
          }
          return null;
        case "array":
          return array(d, env, v, path);
        case "map":
          return v.istable()
              ? entries(
                  v.checktable(), d.get("key").checktable(), d.get("val").checktable(), env, path)
              : mismatch(d, env, v, path);
        case "record":
          return record(d, env, v, path);
        case "ann":
          String inner = check(d.get("t").checktable(), env, v, path);
          return inner != null ? inner : annotations(d.get("a").checktable(), v, path);
        case "param":
          Bound b = env.get(d.get("n").tojstring());
          return b == null ? null : check(b.descriptor(), b.env(), v, path);
        case "ref":
          return reference(d, env, v, path);
        default:
          return null;
      }
    }

    private String array(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      if (!v.istable()) {
        return mismatch(d, env, v, path);
      }
      LuaTable t = v.checktable();
      LuaTable element = d.get("t").checktable();
      for (int i = 1; i <= t.length(); i++) {
        String p = check(element, env, t.get(i), path + "[" + i + "]");
        if (p != null) {
          return p;
        }
      }
      return null;
    }

    private String entries(
        LuaTable t, LuaTable key, LuaTable val, Map<String, Bound> env, String path) {
      for (LuaValue k = t.next(LuaValue.NIL).arg1(); !k.isnil(); k = t.next(k).arg1()) {
        String at = path + "[" + k.tojstring() + "]";
        String p = check(key, env, k, at + " key");
        if (p == null) {
          p = check(val, env, t.get(k), at);
        }
        if (p != null) {
          return p;
        }
      }
      return null;
    }

    private String record(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      if (!v.istable()) {
        return mismatch(d, env, v, path);
      }
      LuaTable t = v.checktable();
      for (LuaValue f : members(d, "f")) {
        LuaTable field = f.checktable();
        String name = field.get("n").tojstring();
        LuaValue value = t.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        if (value.isnil() && field.get("o").toboolean()) {
          continue;
        }
        String p = check(field.get("t").checktable(), env, value, at);
        if (p != null) {
          return p;
        }
      }
      return d.get("key").istable()
          ? entries(t, d.get("key").checktable(), d.get("val").checktable(), env, path)
          : null;
    }

    private String reference(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      LuaValue target = d.get("get").call();
      if (!(target instanceof TypeValue type)) {
        String name = d.get("n").tojstring();
        return prefix(path) + "type " + name + " is not defined";
      }
      LuaTable td = type.descriptor;
      if (!kind(td).equals("generic")) {
        return check(td, Map.of(), v, path);
      }
      Map<String, Bound> bound = new HashMap<>();
      LuaTable params = td.get("p").checktable();
      LuaValue args = d.get("args");
      for (int i = 1; i <= params.length(); i++) {
        if (args.istable() && args.get(i).istable()) {
          bound.put(params.get(i).tojstring(), new Bound(args.get(i).checktable(), env));
        }
      }
      return check(td.get("t").checktable(), bound, v, path);
    }

    private String annotations(LuaTable list, LuaValue v, String path) {
      for (int i = 1; i <= list.length(); i++) {
        LuaTable a = list.get(i).checktable();
        String p = annotation(a.get("n").tojstring(), a.get("v").checktable().get(1), v, path);
        if (p != null) {
          return p;
        }
      }
      return null;
    }

    private String annotation(String name, LuaValue arg, LuaValue v, String path) {
      switch (name) {
        case "min":
          return v.type() == LuaValue.TNUMBER && arg.isnumber() && v.todouble() < arg.todouble()
              ? prefix(path) + "value " + v.tojstring() + " is less than minimum " + arg.tojstring()
              : null;
        case "max":
          return v.type() == LuaValue.TNUMBER && arg.isnumber() && v.todouble() > arg.todouble()
              ? prefix(path)
                  + "value "
                  + v.tojstring()
                  + " is greater than maximum "
                  + arg.tojstring()
              : null;
        case "min_len":
          return length(v) >= 0 && arg.isnumber() && length(v) < arg.toint()
              ? prefix(path)
                  + "length "
                  + length(v)
                  + " is less than minimum length "
                  + arg.tojstring()
              : null;
        case "max_len":
          return length(v) >= 0 && arg.isnumber() && length(v) > arg.toint()
              ? prefix(path)
                  + "length "
                  + length(v)
                  + " is greater than maximum length "
                  + arg.tojstring()
              : null;
        case "pattern":
          return v.type() == LuaValue.TSTRING && arg.isstring() && !matches(arg.tojstring(), v)
              ? prefix(path) + "value " + quoted(v) + " does not match pattern " + quoted(arg)
              : null;
        default:
          return null; // @example and the like document, they do not constrain
      }
    }

    private static boolean matches(String pattern, LuaValue v) {
      try {
        return Pattern.compile(pattern).matcher(v.tojstring()).find();
      } catch (PatternSyntaxException e) {
        throw new LuaError("invalid @pattern " + pattern + ": " + e.getDescription());
      }
    }

    /** Characters of a string, entries of a sequence, or -1 when length does not apply. */
    private static int length(LuaValue v) {
      if (v.type() == LuaValue.TSTRING) {
        return v.checkstring().length();
      }
      return v.istable() ? v.checktable().length() : -1;
    }

    private String mismatch(LuaTable d, Map<String, Bound> env, LuaValue v, String path) {
      return prefix(path) + "expected " + describe(d, env) + ", got " + describeValue(v);
    }
  }

  private static boolean primitive(String name, LuaValue v) {
    return switch (name) {
      case "number" -> v.type() == LuaValue.TNUMBER;
      case "integer" -> v.type() == LuaValue.TNUMBER && v.todouble() == Math.rint(v.todouble());
      case "string" -> v.type() == LuaValue.TSTRING;
      case "boolean" -> v.type() == LuaValue.TBOOLEAN;
      case "nil", "void" -> v.isnil();
      case "table" -> v.istable();
      case "function" -> v.isfunction();
      case "userdata" -> v.isuserdata();
      case "thread" -> v.type() == LuaValue.TTHREAD;
      case "never" -> false;
      default -> true; // any, unknown
    };
  }

  static String describe(LuaTable d, Map<String, Bound> env) {
    switch (kind(d)) {
      case "prim":
      case "param":
        return d.get("n").tojstring();
      case "lit":
        return describeLiteral(d.get("v"));
      case "opt":
        return describe(d.get("t").checktable(), env) + "?";
      case "union":
      case "all":
        StringBuilder out = new StringBuilder();
        for (LuaValue m : members(d)) {
          out.append(out.length() == 0 ? "" : kind(d).equals("union") ? " | " : " & ");
          out.append(describe(m.checktable(), env));
        }
        return out.toString();
      case "array":
        return "{" + describe(d.get("t").checktable(), env) + "}";
      case "map":
        return "{["
            + describe(d.get("key").checktable(), env)
            + "]: "
            + describe(d.get("val").checktable(), env)
            + "}";
      case "ann":
        return describe(d.get("t").checktable(), env);
      case "ref":
        return d.get("n").tojstring();
      default:
        return "record";
    }
  }

  private static String describeValue(LuaValue v) {
    return switch (v.type()) {
      case LuaValue.TSTRING -> "string " + quoted(v);
      case LuaValue.TNUMBER, LuaValue.TBOOLEAN -> v.typename() + " " + v.tojstring();
      default -> v.typename();
    };
  }

  private static String describeLiteral(LuaValue v) {
    return v.type() == LuaValue.TSTRING ? quoted(v) : v.tojstring();
  }

  private static String quoted(LuaValue v) {
    return "\"" + v.tojstring() + "\"";
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  private static String kind(LuaTable d) {
    return d.get("k").optjstring("");
  }

  private static LuaValue[] members(LuaTable d) {
    return members(d, "m");
  }

  private static LuaValue[] members(LuaTable d, String key) {
    LuaTable list = d.get(key).checktable();
    LuaValue[] out = new LuaValue[list.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i + 1);
    }
    return out;
  }

  private static TypeValue self(Varargs a) {
    if (a.arg1() instanceof TypeValue t) {
      return t;
    }
    throw new LuaError("type method called without a type (use T:is(v))");
  }

  private static LuaTable metatable() {
    LuaTable methods = new LuaTable();
    methods.rawset(
        "is",
        of(
            a -> {
              TypeValue t = self(a);
              String problem = t.problem(a.arg(2));
              return problem == null
                  ? LuaValue.varargsOf(a.arg(2), LuaValue.NIL)
                  : LuaValue.varargsOf(LuaValue.NIL, t.errorOf(problem));
            }));
    methods.rawset("name", of(a -> LuaValue.valueOf(self(a).name)));
    methods.rawset("kind", of(a -> LuaValue.valueOf(kindName(self(a).descriptor))));
    LuaTable meta = new LuaTable();
    meta.rawset(LuaValue.INDEX, methods);
    meta.rawset(LuaValue.METATABLE, LuaValue.FALSE);
    meta.rawset(
        LuaValue.CALL,
        of(
            a -> {
              TypeValue t = self(a);
              String problem = t.problem(a.arg(2));
              if (problem != null) {
                throw new LuaError(t.errorOf(problem));
              }
              return a.arg(2);
            }));
    meta.rawset(LuaValue.TOSTRING, of(a -> LuaValue.valueOf(self(a).tojstring())));
    return meta;
  }

  /** What {@code T:kind()} says: the primitive's name, or record, array, map, union, … */
  private static String kindName(LuaTable d) {
    return switch (kind(d)) {
      case "prim" -> d.get("n").tojstring();
      case "lit" -> "literal";
      case "opt" -> "optional";
      case "all" -> "intersection";
      case "ann" -> kindName(d.get("t").checktable());
      case "generic" -> kindName(d.get("t").checktable());
      case "ref" -> "alias";
      default -> kind(d);
    };
  }
}
