package dev.wflow.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code json.validate(schema, data)} and {@code json.validate_string(schema, json)}: JSON Schema
 * (draft 2020-12, the runtime's default) through networknt's json-schema-validator. The schema is
 * JSON text or a table; compiled schemas are kept (the last 100), as the runtime caches them. A
 * failure is {@code false, err} with kind {@code Invalid}.
 */
final class JsonSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final int CACHED = 100;
  private static final Map<String, Schema> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Schema> eldest) {
          return size() > CACHED;
        }
      };

  private JsonSchemas() {}

  static Varargs validate(Varargs a) {
    if (a.arg1().isnil()) {
      return refused("schema is required");
    }
    if (a.arg(2).isnil()) {
      return refused("data is required");
    }
    try {
      Schema schema = compile(a.arg1());
      String data = JsonModule.encode(a.arg(2));
      return outcome(schema.validate(data, InputFormat.JSON));
    } catch (Problem e) {
      return refused(e.getMessage());
    } catch (JsonModule.EncodeProblem e) {
      return refused("convert data: " + e.getMessage());
    }
  }

  static Varargs validateString(Varargs a) {
    if (a.arg1().isnil()) {
      return refused("schema is required");
    }
    if (a.arg(2).type() != LuaValue.TSTRING) {
      return refused("data must be a JSON string");
    }
    try {
      Schema schema = compile(a.arg1());
      JsonNode data = LuaJson.mapper().readTree(a.arg(2).tojstring());
      return outcome(schema.validate(data));
    } catch (Problem e) {
      return refused(e.getMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return refused("validation failed: invalid JSON: " + LuaJson.syntaxProblem(e));
    }
  }

  private static Varargs outcome(List<Error> errors) {
    if (errors.isEmpty()) {
      return LuaValue.TRUE;
    }
    String why = errors.stream().map(Error::getMessage).collect(Collectors.joining("; "));
    return refused("validation failed: " + why);
  }

  private static Varargs refused(String message) {
    return LuaValue.varargsOf(
        LuaValue.FALSE, WippyError.of("Invalid", message, Boolean.FALSE, null));
  }

  private static Schema compile(LuaValue schema) throws Problem {
    String text;
    if (schema.type() == LuaValue.TSTRING) {
      text = schema.tojstring();
    } else if (schema.istable()) {
      try {
        text = JsonModule.encode(schema);
      } catch (JsonModule.EncodeProblem e) {
        throw new Problem("schema error: " + e.getMessage());
      }
    } else {
      throw new Problem("schema error: schema must be a string or table");
    }
    synchronized (CACHE) {
      Schema cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
    }
    Schema compiled;
    try {
      compiled = REGISTRY.getSchema(text, InputFormat.JSON);
      compiled.initializeValidators();
    } catch (RuntimeException e) {
      throw new Problem("compile schema: " + e.getMessage());
    }
    synchronized (CACHE) {
      CACHE.put(text, compiled);
    }
    return compiled;
  }

  /** A schema that cannot be used, with the runtime's context prefix. */
  private static final class Problem extends Exception {
    Problem(String message) {
      super(message);
    }
  }
}
