package dev.wflow.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wflow.testing.CaseResult;
import dev.wflow.testing.Outcome;
import dev.wflow.testing.RunResult;
import dev.wflow.testing.TestListener;
import dev.wflow.testing.TestOptions;
import dev.wflow.testing.engine.TestEngine;
import dev.wflow.testing.engine.TestSuite;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of our fixture projects under {@code src/test/resources}, run once through {@code wflow
 * test}'s engine; each of its test entries is then asserted to pass.
 *
 * <pre>{@code
 * FixtureProject p = FixtureProject.run("procs");
 * p.passes("cancel");     // procs:cancel passed
 * }</pre>
 */
final class FixtureProject {

  private final String namespace;
  private final Map<String, CaseResult> results = new TreeMap<>();
  private final Map<String, String> errors = new TreeMap<>();

  private FixtureProject(String namespace) {
    this.namespace = namespace;
  }

  /** Runs the project in {@code src/test/resources/<folder>} (its namespace is the folder). */
  static FixtureProject run(String folder) {
    FixtureProject p = new FixtureProject(folder);
    Path root;
    try {
      root =
          Path.of(FixtureProject.class.getResource("/" + folder + "/wippy.lock").toURI())
              .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    TestSuite suite = TestEngine.load(root);
    assertThat(suite.runnable()).as(String.valueOf(suite.definitionProblems())).isTrue();
    RunResult r =
        TestEngine.run(
            suite,
            TestOptions.defaults().withParallel(2),
            new TestListener() {
              @Override
              public void fileFinished(dev.wflow.testing.FileResult f) {
                if (f.error() != null) {
                  synchronized (p) {
                    p.errors.put(
                        f.entry().id(), f.error().message() + " at " + f.error().location());
                  }
                }
              }

              @Override
              public void caseFinished(CaseResult c) {
                synchronized (p) {
                  p.results.put(c.entryId(), c);
                }
              }
            },
            line -> {});
    assertThat(r.files()).isNotEmpty();
    return p;
  }

  /** Asserts that test entry {@code <namespace>:<test>} ran and passed. */
  synchronized void passes(String test) {
    CaseResult c = results.get(namespace + ":" + test);
    assertThat(c).as("test " + namespace + ":" + test + " ran; file errors: " + errors).isNotNull();
    assertThat(c.outcome()).as(String.valueOf(c.failure())).isEqualTo(Outcome.PASSED);
  }
}
