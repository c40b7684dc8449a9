package dev.wflow.temporal;

import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to a Temporal cluster, as a {@code temporal.client} entry's {@code tls} and {@code auth:
 * mtls} fields (or {@code --tls-*} flags) describe it.
 *
 * <pre>{@code
 * ClusterTls tls = new ClusterTls(Path.of("ca.pem"), Path.of("client.pem"), Path.of("client.key"),
 *     "temporal.internal", false);
 * SslContext context = tls.sslContext();
 * }</pre>
 *
 * @param caFile PEM certificates to trust instead of the system's, or null
 * @param certFile the client certificate chain (PEM) for mutual TLS, or null
 * @param keyFile the client's PKCS#8 private key (PEM) for mutual TLS, or null
 * @param serverName the name to expect in the server's certificate when it differs from the
 *     address's host, or null
 * @param insecureSkipVerify trust any server certificate (testing only)
 */
public record ClusterTls(
    Path caFile, Path certFile, Path keyFile, String serverName, boolean insecureSkipVerify) {

  public ClusterTls {
    if ((certFile == null) != (keyFile == null)) {
      throw new IllegalArgumentException(
          "mutual TLS needs both a client certificate and its key (got only the "
              + (certFile == null ? "key" : "certificate")
              + ")");
    }
  }

  /**
   * Builds the Netty SSL context the service stubs use.
   *
   * @throws IllegalArgumentException naming the file that cannot be read or parsed
   */
  public SslContext sslContext() {
    try {
      SimpleSslContextBuilder builder =
          certFile == null
              ? SimpleSslContextBuilder.noKeyOrCertChain()
              : SimpleSslContextBuilder.forPKCS8(read(certFile), read(keyFile));
      if (insecureSkipVerify) {
        builder.setUseInsecureTrustManager(true);
      } else if (caFile != null) {
        builder.setTrustManager(trustManager(caFile));
      }
      return builder.build();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("TLS: " + reason(e), e);
    }
  }

  private static InputStream read(Path file) throws IOException {
    try {
      return new ByteArrayInputStream(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static javax.net.ssl.TrustManager trustManager(Path caFile) throws IOException {
    try (InputStream in = read(caFile)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + n++, c);
      }
      if (n == 0) {
        throw new IOException(caFile + " holds no PEM certificate");
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return factory.getTrustManagers()[0];
    } catch (GeneralSecurityException e) {
      throw new IOException(caFile + ": " + e.getMessage(), e);
    }
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
