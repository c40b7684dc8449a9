package dev.wflow.node;

/**
 * A node operation failed the way the platform fails it: a Wippy error kind ({@code NotFound},
 * {@code Invalid}, …) and message, which the Lua binding returns as {@code nil, err}.
 *
 * <pre>{@code
 * throw new NodeError("NotFound", "host not found: app:nope");
 * }</pre>
 */
public final class NodeError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;

  public NodeError(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
