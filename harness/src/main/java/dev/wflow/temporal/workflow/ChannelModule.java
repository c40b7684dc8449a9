package dev.wflow.temporal.workflow;

import static dev.wflow.runtime.LuaFunctions.of;

import dev.wflow.runtime.ModuleTable;

/** {@code channel.new([n])} and {@code channel.select{...}} inside a workflow. */
final class ChannelModule {

  private ChannelModule() {}

  static ModuleTable create(LuaExecution execution) {
    ModuleTable m = new ModuleTable("channel");
    int[] count = {0};
    m.define("new", of(a -> new LuaChannel(execution, a.optint(1, 0), "channel #" + (++count[0]))));
    m.define("select", of(a -> SelectCase.select(execution, a.arg1())));
    return m;
  }
}
