package dev.wflow.cli;

import picocli.CommandLine.IVersionProvider;

/** picocli's view of {@link Version}, for {@code --version} beside other options. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return Version.lines().toArray(String[]::new);
  }
}
