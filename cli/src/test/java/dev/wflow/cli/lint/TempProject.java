package dev.wflow.cli.lint;

import dev.wflow.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project in a temporary directory that {@code wflow -C DIR lint …} runs against. */
record TempProject(Path dir) {

  TempProject write(String relative, String text) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return this;
  }

  CliRunner.Result lint(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "-C";
    all[1] = dir.toString();
    all[2] = "lint";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRunner.run(all);
  }
}
