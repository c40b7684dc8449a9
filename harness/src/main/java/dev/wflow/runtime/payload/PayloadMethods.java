package dev.wflow.runtime.payload;

import dev.wflow.runtime.Builtin;
import dev.wflow.runtime.LuaFunctions;
import dev.wflow.runtime.WippyError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/** The methods of a payload object; errors are {@code Internal} and not retryable. */
final class PayloadMethods {

  static final LuaTable META = Builtin.type(LuaPayload.TYPE, methods());

  private PayloadMethods() {}

  private static LuaTable methods() {
    LuaTable m = new LuaTable();
    m.rawset("get_format", LuaFunctions.of(a -> LuaValue.valueOf(self(a).format())));
    m.rawset("data", LuaFunctions.of(a -> toLua(self(a), "transcode failed")));
    m.rawset("unmarshal", LuaFunctions.of(a -> toLua(self(a), "unmarshal failed")));
    m.rawset("transcode", LuaFunctions.of(PayloadMethods::transcode));
    m.rawset(
        "__tostring",
        LuaFunctions.of(a -> LuaValue.valueOf("payload{format=" + self(a).format() + "}")));
    return m;
  }

  private static LuaPayload self(Varargs a) {
    return Builtin.self(a, LuaPayload.class, "payload");
  }

  private static Varargs toLua(LuaPayload p, String context) {
    if (p.format().equals(PayloadFormat.ERROR)) {
      return (LuaValue) p.data();
    }
    try {
      return Transcoder.toLua(p);
    } catch (Transcoder.TranscodeException e) {
      return failure(context, e.getMessage());
    }
  }

  private static Varargs transcode(Varargs a) {
    LuaPayload p = self(a);
    String target = a.checkjstring(2);
    try {
      return LuaValue.varargsOf(Transcoder.transcode(p, target).toLua(), LuaValue.NIL);
    } catch (Transcoder.TranscodeException e) {
      return failure("transcode failed", e.getMessage());
    }
  }

  private static Varargs failure(String context, String message) {
    return LuaValue.varargsOf(
        LuaValue.NIL, WippyError.of("Internal", context + ": " + message, false, null));
  }
}
