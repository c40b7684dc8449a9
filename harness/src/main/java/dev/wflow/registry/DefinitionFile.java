package dev.wflow.registry;

import java.nio.file.Path;

/**
 * One YAML definition file: a top-level {@code namespace} plus an {@code entries:} list.
 *
 * @param path absolute path on disk
 * @param displayPath the path relative to the project root with {@code /} separators; this is the
 *     {@code file} of every diagnostic about this file
 * @param namespace the file's namespace (every entry ID in it starts with it)
 */
public record DefinitionFile(Path path, String displayPath, String namespace) {}
