package dev.wflow.lint;

import dev.wflow.diagnostic.Severity;

/**
 * One lint rule as the catalogue describes it: its code, the level it reports at unless {@code
 * .wflow.yaml} says otherwise, a short title and a help text (shown by SARIF viewers).
 *
 * <pre>{@code
 * Rule d101 = RuleCatalogue.rule("D101").orElseThrow();
 * d101.severity(); // ERROR
 * }</pre>
 */
public record Rule(String code, Severity severity, String title, String help) {}
