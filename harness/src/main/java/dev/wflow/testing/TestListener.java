package dev.wflow.testing;

/**
 * Progress of a run, for reporters that print as tests finish. Calls arrive one at a time, and for
 * each file in discovery order even when files run in parallel.
 */
public interface TestListener {

  TestListener NONE = new TestListener() {};

  default void fileStarted(TestEntry entry) {}

  default void caseFinished(CaseResult result) {}

  default void fileFinished(FileResult result) {}
}
