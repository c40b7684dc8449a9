package dev.wflow.temporal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Expands the payload shorthand of {@code temporal workflow show -o json} into the plain protobuf
 * JSON the Java SDK reads. Since CLI 0.12 the CLI writes a JSON payload as its decoded value (a
 * {@code Payloads} field as a JSON array of values, a {@code Payload} as the value itself, null as
 * {@code binary/null}), unless {@code --no-json-shorthand-payloads} is given; the SDK's parser only
 * knows {@code {"metadata": …, "data": base64}}. The history's own schema says where payloads are,
 * so the walk follows the protobuf descriptors of {@link HistoryEvent}.
 *
 * <pre>{@code
 * "input": [{"id": "o1"}]
 *   becomes
 * "input": {"payloads": [{"metadata": {"encoding": "anNvbi9wbGFpbg=="}, "data": "eyJpZCI6Im8xIn0="}]}
 * }</pre>
 */
final class PayloadShorthand {

  private static final String PAYLOADS = Payloads.getDescriptor().getFullName();
  private static final String PAYLOAD = Payload.getDescriptor().getFullName();
  private static final String MESSAGE_TYPE = "_protoMessageType";

  private PayloadShorthand() {}

  /** Expands every shorthand payload of the events in place; true when there was one. */
  static boolean expand(JsonNode events) {
    boolean changed = false;
    for (JsonNode event : events) {
      if (event instanceof ObjectNode o) {
        changed |= message(o, HistoryEvent.getDescriptor());
      }
    }
    return changed;
  }

  private static boolean message(ObjectNode node, Descriptor type) {
    boolean changed = false;
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      FieldDescriptor field = field(type, name);
      if (field == null || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      JsonNode value = node.get(name);
      if (field.isMapField()) {
        FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
        if (value instanceof ObjectNode map
            && valueField.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
          List<String> keys = new ArrayList<>();
          map.fieldNames().forEachRemaining(keys::add);
          for (String key : keys) {
            JsonNode expanded = value(map.get(key), valueField.getMessageType());
            if (expanded != map.get(key)) {
              map.set(key, expanded);
              changed = true;
            }
            changed |= nested(map.get(key), valueField.getMessageType());
          }
        }
      } else if (field.isRepeated()) {
        if (value instanceof ArrayNode list) {
          for (int i = 0; i < list.size(); i++) {
            JsonNode expanded = value(list.get(i), field.getMessageType());
            if (expanded != list.get(i)) {
              list.set(i, expanded);
              changed = true;
            }
            changed |= nested(list.get(i), field.getMessageType());
          }
        }
      } else {
        JsonNode expanded = value(value, field.getMessageType());
        if (expanded != value) {
          node.set(name, expanded);
          changed = true;
        }
        changed |= nested(node.get(name), field.getMessageType());
      }
    }
    return changed;
  }

  /** Walks into a message that is no payload itself. */
  private static boolean nested(JsonNode value, Descriptor type) {
    String name = type.getFullName();
    if (name.equals(PAYLOAD) || name.equals(PAYLOADS)) {
      return false;
    }
    return value instanceof ObjectNode o && message(o, type);
  }

  /** {@code value} in the plain form when it is a payload or payloads in shorthand, else itself. */
  private static JsonNode value(JsonNode value, Descriptor type) {
    if (type.getFullName().equals(PAYLOADS)) {
      if (value instanceof ArrayNode list) {
        ArrayNode payloads = JsonNodeFactory.instance.arrayNode();
        list.forEach(v -> payloads.add(payload(v)));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("payloads", payloads);
        return out;
      }
      if (value instanceof ObjectNode o && o.get("payloads") instanceof ArrayNode list) {
        for (int i = 0; i < list.size(); i++) {
          list.set(i, payload(list.get(i)));
        }
      }
      return value;
    }
    if (type.getFullName().equals(PAYLOAD)) {
      return payload(value);
    }
    return value;
  }

  /** One payload: kept when plain ({@code metadata} and {@code data}), else encoded. */
  private static JsonNode payload(JsonNode value) {
    if (isPlain(value)) {
      return value;
    }
    if (value == null || value.isNull()) {
      return encoded("binary/null", null, null);
    }
    if (value instanceof ObjectNode o && o.has(MESSAGE_TYPE)) {
      ObjectNode copy = o.deepCopy();
      String messageType = copy.remove(MESSAGE_TYPE).asText();
      return encoded("json/protobuf", messageType, copy.toString());
    }
    return encoded("json/plain", null, value.toString());
  }

  /**
   * What the CLI writes for a payload it could not shorten: exactly metadata (with encoding) and
   * data.
   */
  private static boolean isPlain(JsonNode value) {
    if (!(value instanceof ObjectNode o) || !(o.get("metadata") instanceof ObjectNode meta)) {
      return false;
    }
    if (!meta.has("encoding")) {
      return false;
    }
    int fields = o.size();
    return fields == 2 && o.has("data") || fields == 1;
  }

  private static ObjectNode encoded(String encoding, String messageType, String data) {
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    meta.put("encoding", base64(encoding));
    if (messageType != null) {
      meta.put("messageType", base64(messageType));
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.set("metadata", meta);
    if (data != null) {
      out.put("data", base64(data));
    }
    return out;
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The field a JSON name stands for: protobuf JSON's lowerCamelCase, or the proto name. */
  private static FieldDescriptor field(Descriptor type, String name) {
    for (FieldDescriptor f : type.getFields()) {
      if (f.getJsonName().equals(name) || f.getName().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
