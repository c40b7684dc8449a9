package dev.wflow.scaffold;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The options of {@code wflow new}.
 *
 * <pre>{@code
 * NewRequest r = NewRequest.newBuilder(projectDir, "order_workflow").template("saga").build();
 * ScaffoldPlan plan = NewWorkflow.plan(r);
 * }</pre>
 *
 * @param project the project directory
 * @param name the NAME of the new workflow (or activity)
 * @param template the template name
 * @param namespace the namespace of the new entries, when given
 * @param dir the folder (or definition file) to extend, relative to the project, when given
 * @param workingDir the directory the command runs in: its definition file is preferred
 * @param worker the {@code temporal.worker} to run on, when given
 * @param force replace existing files and entries of the same names
 */
public record NewRequest(
    Path project,
    String name,
    String template,
    Optional<String> namespace,
    Optional<Path> dir,
    Optional<Path> workingDir,
    Optional<String> worker,
    boolean force) {

  public static Builder newBuilder(Path project, String name) {
    return new Builder(project, name);
  }

  /** Builds a {@link NewRequest}; every option but the project and name has a default. */
  public static final class Builder {
    private final Path project;
    private final String name;
    private String template = "basic";
    private String namespace;
    private Path dir;
    private Path workingDir;
    private String worker;
    private boolean force;

    private Builder(Path project, String name) {
      this.project = project;
      this.name = name;
    }

    public Builder template(String t) {
      template = t;
      return this;
    }

    public Builder namespace(String ns) {
      namespace = ns;
      return this;
    }

    public Builder dir(Path d) {
      dir = d;
      return this;
    }

    public Builder workingDir(Path d) {
      workingDir = d;
      return this;
    }

    public Builder worker(String w) {
      worker = w;
      return this;
    }

    public Builder force(boolean f) {
      force = f;
      return this;
    }

    public NewRequest build() {
      return new NewRequest(
          project.toAbsolutePath().normalize(),
          name,
          template,
          Optional.ofNullable(namespace),
          Optional.ofNullable(dir),
          Optional.ofNullable(workingDir),
          Optional.ofNullable(worker),
          force);
    }
  }
}
