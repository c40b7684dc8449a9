package dev.wflow.lint;

import static dev.wflow.diagnostic.Severity.ERROR;
import static dev.wflow.diagnostic.Severity.HINT;
import static dev.wflow.diagnostic.Severity.WARNING;

import dev.wflow.diagnostic.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every lint code of DESIGN.md §5, in documentation order. */
public final class RuleCatalogue {

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    add("P0001", ERROR, "syntax error", "The Lua file does not parse in the Wippy dialect.");
    add(
        "E101",
        ERROR,
        "invalid YAML or definition file",
        "The YAML does not parse, or a definition file is not a top-level namespace plus an"
            + " entries: list of mappings.");
    add(
        "E102",
        ERROR,
        "invalid entry or ID",
        "An entry lacks name or kind, a required field, or an ID is not namespace:name.");
    add(
        "E103",
        ERROR,
        "duplicate entry ID",
        "Two entries share one namespace:name; IDs must be unique across the project.");
    add(
        "E104",
        ERROR,
        "source file missing or unreadable",
        "source: file://… is resolved relative to the YAML file and must name a readable file.");
    add(
        "E105",
        ERROR,
        "method not exported by the chunk",
        "The Lua chunk must return a function, or a table holding the function named by method"
            + " (main when empty).");
    add(
        "E106",
        ERROR,
        "unresolved reference",
        "A worker, client or import names an entry that does not exist; a bare name refers to"
            + " the entry's own namespace.");
    add(
        "E107",
        ERROR,
        "module not allowed in a workflow",
        "The platform loads a workflow only when every module it reaches, listed by the workflow"
            + " or by anything it imports, has the class deterministic or workflow (funcs,"
            + " workflow, time, json, uuid, …); http_client, sql, fs, channel, stream and the like"
            + " make it refuse the workflow. Move that work into an activity. wflow run, test and"
            + " replay refuse such a workflow with the same message.");
    add(
        "E108",
        WARNING,
        "unknown module name",
        "The module is not a Wippy built-in. List third-party modules under modules: in"
            + " .wflow.yaml.");
    add(
        "E109",
        ERROR,
        "reference to an entry of the wrong kind",
        "A worker must be a temporal.worker, a client a temporal.client, an import a"
            + " library.lua.");
    add(
        "E110",
        ERROR,
        "require of an undeclared module",
        "require(\"x\") is a global lookup: x must be listed in modules: or imports:.");
    add(
        "D101",
        ERROR,
        "wall clock in a workflow",
        "os.time(), os.date() and os.clock() are forbidden in workflows; use time.now().");
    add(
        "D102",
        ERROR,
        "randomness in a workflow",
        "math.random is not replay-safe; use uuid or an activity.");
    add(
        "D103",
        ERROR,
        "I/O in a workflow",
        "io.*, os.execute/remove/rename/exit/tmpname, dofile and loadfile are I/O; do it in an"
            + " activity.");
    add(
        "D104",
        ERROR,
        "environment access in a workflow",
        "os.getenv differs between workers; pass configuration as input or read it in an"
            + " activity.");
    add(
        "D105",
        ERROR,
        "dynamic code in a workflow",
        "load, loadstring, setfenv, getfenv and debug.* make workflow code unpredictable.");
    add(
        "D106",
        ERROR,
        "mutable global state",
        "Assigning a global or a global table's field leaks state between runs and replays;"
            + " use locals.");
    add(
        "D107",
        WARNING,
        "print in a workflow",
        "print runs again on every replay; log from an activity instead.");
    add(
        "D108",
        HINT,
        "pairs() loop issuing workflow commands",
        "pairs() order is not stable for some keys; sort the keys before issuing commands in"
            + " a loop.");
    add(
        "D109",
        WARNING,
        "garbage collector dependence",
        "collectgarbage, weak tables (__mode) and __gc behave differently on replay.");
    add(
        "W201",
        ERROR,
        "undefined global",
        "The name is neither a local, a module, an import nor a Lua global.");
    add(
        "W202",
        WARNING,
        "unused variable",
        "A local, function or parameter is never used; prefix it with _ to keep it. As ESLint's"
            + " after-used, a parameter before the last used one is not reported (the position"
            + " matters); an unused parameter of a callback (a function written as a call's"
            + " argument, whose signature the caller fixes) is only a hint.");
    add("W203", WARNING, "shadowed local", "A local hides another local of the same name.");
    add("W204", WARNING, "unreachable code", "Code after return, error() or goto never runs.");
    add("W205", HINT, "unused module", "A module is listed in modules: but never used.");
    add(
        "W206",
        WARNING,
        "unused suppression",
        "A wflow:ignore or wflow:ignore-file comment silences no finding; remove it.");
    add(
        "W207",
        WARNING,
        "malformed suppression",
        "A wflow: comment must read `wflow:ignore CODE[,CODE] reason` or"
            + " `wflow:ignore-file CODE`, with codes from this catalogue.");
    add(
        "A301",
        WARNING,
        "unknown activity",
        "The funcs.call/funcs.async target is no entry of the project.");
    add(
        "A302",
        ERROR,
        "target is not an activity",
        "funcs.call needs a function.lua entry with meta.temporal.activity.worker.");
    add(
        "A303",
        ERROR,
        "target is not a workflow",
        "workflow.exec, process.spawn and process.exec start workflow entries only.");
    add(
        "A304",
        ERROR,
        "workflow.version misuse",
        "The change id must be a literal, min ≤ max, and one change id has one range.");
    add(
        "A305",
        ERROR,
        "invalid duration",
        "Durations are Go strings such as \"1h30m\" or \"500ms\" (units ns us ms s m h, no d).");
    add(
        "A306",
        WARNING,
        "process.spawn with an entry ID as task queue",
        "Inside a workflow the second argument of process.spawn is a task queue name.");
    add(
        "A307",
        HINT,
        "activity without retry policy",
        "Without activity.retry_policy Temporal retries the activity forever.");
  }

  private RuleCatalogue() {}

  private static void add(String code, Severity severity, String title, String help) {
    RULES.put(code, new Rule(code, severity, title, help));
  }

  /** Every rule, in documentation order. */
  public static List<Rule> all() {
    return List.copyOf(RULES.values());
  }

  public static Optional<Rule> rule(String code) {
    return Optional.ofNullable(RULES.get(code));
  }

  /** True when {@code code} is a known lint code. */
  public static boolean exists(String code) {
    return RULES.containsKey(code);
  }
}
