package dev.wflow.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * {@code crypto.jwt.encode(claims, key, alg?)} and {@code crypto.jwt.verify(token, key, alg?,
 * require_exp?)} for HS256, HS384, HS512 and RS256 (PEM keys), with golang-jwt's checks and
 * messages: the algorithm must be the one asked for, {@code exp} is required unless {@code
 * require_exp} is false, and a token is expired from its {@code exp} second on. A {@code _header}
 * table among the claims goes into the token's header.
 */
final class Jwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private Jwt() {}

  static Varargs encode(Varargs a) {
    a.checktable(1);
    byte[] key = CryptoModule.bytes(a.checkstring(2));
    String alg = algorithm(a.optjstring(3, "HS256"));
    Object converted = LuaJson.toJava(a.arg1());
    if (!(converted instanceof Map<?, ?> map)) {
      return CryptoModule.failure("Invalid", "failed to convert payload to map");
    }
    Map<String, Object> header = new TreeMap<>();
    header.put("alg", alg);
    header.put("typ", "JWT");
    Map<String, Object> claims = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getKey().equals("_header") && e.getValue() instanceof Map<?, ?> extra) {
        extra.forEach((k, v) -> header.put(String.valueOf(k), v));
      } else {
        claims.put(String.valueOf(e.getKey()), e.getValue());
      }
    }
    String signingInput = part(LuaJson.write(header)) + "." + part(LuaJson.write(claims));
    try {
      byte[] signature = sign(alg, key, signingInput.getBytes(StandardCharsets.UTF_8));
      return CryptoModule.ok(LuaValue.valueOf(signingInput + "." + B64.encodeToString(signature)));
    } catch (KeyProblem e) {
      return CryptoModule.failure("Invalid", "invalid RSA private key: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      return CryptoModule.failure("Internal", "sign token: " + e.getMessage());
    }
  }

  static Varargs verify(Varargs a, Instant now) {
    String token = a.checkjstring(1);
    byte[] key = CryptoModule.bytes(a.checkstring(2));
    String alg = a.optjstring(3, "HS256");
    boolean requireExp = a.optboolean(4, true);
    try {
      Map<String, Object> claims = check(token, key, alg, requireExp, now);
      return CryptoModule.ok(LuaJson.toLua(claims));
    } catch (TokenProblem e) {
      return CryptoModule.failure("Internal", "verify token: " + e.getMessage());
    }
  }

  private static Map<String, Object> check(
      String token, byte[] key, String alg, boolean requireExp, Instant now) throws TokenProblem {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new TokenProblem("token is malformed: token contains an invalid number of segments");
    }
    Map<String, Object> header = json(parts[0], "could not JSON decode header");
    Map<String, Object> claims = json(parts[1], "could not JSON decode claim");
    Object method = header.get("alg");
    if (!alg.equals(method)) {
      throw new TokenProblem(
          "token signature is invalid: signing method " + method + " is invalid");
    }
    byte[] signature;
    try {
      signature = B64D.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new TokenProblem("token is malformed: could not base64 decode signature");
    }
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8);
    if (!verifies(alg, key, input, signature)) {
      throw new TokenProblem("token signature is invalid: signature is invalid");
    }
    Object exp = claims.get("exp");
    if (exp == null && requireExp) {
      throw new TokenProblem(
          "token has invalid claims: token is missing required claim: exp claim is required");
    }
    double seconds = now.getEpochSecond() + now.getNano() / 1e9;
    if (exp instanceof Number n && !(seconds < n.doubleValue())) {
      throw new TokenProblem("token has invalid claims: token is expired");
    }
    if (claims.get("nbf") instanceof Number n && seconds < n.doubleValue()) {
      throw new TokenProblem("token has invalid claims: token is not valid yet");
    }
    return claims;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String part, String problem) throws TokenProblem {
    try {
      Object v = LuaJson.read(new String(B64D.decode(part), StandardCharsets.UTF_8));
      if (v instanceof Map<?, ?> m) {
        return new LinkedHashMap<>((Map<String, Object>) m);
      }
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      // reported below
    }
    throw new TokenProblem("token is malformed: " + problem);
  }

  // golang-jwt's lookup in the runtime: an unknown name signs with HS256.
  private static String algorithm(String alg) {
    return switch (alg) {
      case "HS256", "HS384", "HS512", "RS256" -> alg;
      default -> "HS256";
    };
  }

  private static String part(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String macName(String alg) {
    return "Hmac" + alg.replace("HS", "SHA");
  }

  private static byte[] sign(String alg, byte[] key, byte[] input)
      throws GeneralSecurityException, KeyProblem {
    if (alg.equals("RS256")) {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(privateKey(new String(key, StandardCharsets.UTF_8)));
      s.update(input);
      return s.sign();
    }
    return HashModule.mac(macName(alg), key, input);
  }

  private static boolean verifies(String alg, byte[] key, byte[] input, byte[] signature)
      throws TokenProblem {
    try {
      if (alg.equals("RS256")) {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(publicKey(new String(key, StandardCharsets.UTF_8)));
        s.update(input);
        return s.verify(signature);
      }
      if (!alg.startsWith("HS")) {
        throw new TokenProblem("token signature is invalid: signing method " + alg + " is invalid");
      }
      byte[] expected = HashModule.mac(macName(alg), key, input);
      return java.security.MessageDigest.isEqual(expected, signature);
    } catch (GeneralSecurityException | KeyProblem e) {
      throw new TokenProblem(
          "token is unverifiable: error while executing keyfunc: " + e.getMessage());
    }
  }

  private static byte[] pem(String text, String what) throws KeyProblem {
    String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    if (body.isEmpty() || !text.contains("-----BEGIN")) {
      throw new KeyProblem("failed to parse PEM block containing " + what);
    }
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new KeyProblem("failed to parse PEM block containing " + what);
    }
  }

  private static PrivateKey privateKey(String text) throws KeyProblem {
    byte[] der = pem(text, "private key");
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      try {
        return rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException notPkcs8) {
        return rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs1ToPkcs8(der)));
      }
    } catch (GeneralSecurityException e) {
      throw new KeyProblem("failed to parse private key: " + e.getMessage());
    }
  }

  private static PublicKey publicKey(String text) throws KeyProblem {
    byte[] der = pem(text, "public key");
    try {
      if (text.contains("CERTIFICATE")) {
        return CertificateFactory.getInstance("X.509")
            .generateCertificate(new java.io.ByteArrayInputStream(der))
            .getPublicKey();
      }
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new KeyProblem("failed to parse public key: " + e.getMessage());
    }
  }

  /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo, which Java's KeyFactory reads. */
  private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    byte[] octets = der((byte) 0x04, pkcs1);
    byte[] version = {0x02, 0x01, 0x00};
    byte[] body = new byte[version.length + algorithm.length + octets.length];
    System.arraycopy(version, 0, body, 0, version.length);
    System.arraycopy(algorithm, 0, body, version.length, algorithm.length);
    System.arraycopy(octets, 0, body, version.length + algorithm.length, octets.length);
    return der((byte) 0x30, body);
  }

  private static byte[] der(byte tag, byte[] content) {
    int n = content.length;
    byte[] length =
        n < 0x80
            ? new byte[] {(byte) n}
            : n < 0x100
                ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000
                    ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                    : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    byte[] out = new byte[1 + length.length + n];
    out[0] = tag;
    System.arraycopy(length, 0, out, 1, length.length);
    System.arraycopy(content, 0, out, 1 + length.length, n);
    return out;
  }

  /** A token that does not verify, with golang-jwt's message. */
  private static final class TokenProblem extends Exception {
    TokenProblem(String message) {
      super(message);
    }
  }

  /** A key that cannot be read. */
  private static final class KeyProblem extends Exception {
    KeyProblem(String message) {
      super(message);
    }
  }
}
