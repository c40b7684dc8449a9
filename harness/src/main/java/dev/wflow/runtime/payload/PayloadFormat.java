package dev.wflow.runtime.payload;

/** The format names of the platform's payloads ({@code api/payload}). */
public final class PayloadFormat {

  public static final String JSON = "json/plain";
  public static final String YAML = "yaml/plain";
  public static final String STRING = "text/plain";
  public static final String BYTES = "application/octet-stream";
  public static final String MSGPACK = "application/msgpack";
  public static final String LUA = "lua/any";
  public static final String GOLANG = "golang/any";
  public static final String ERROR = "golang/error";

  private PayloadFormat() {}
}
