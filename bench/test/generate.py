#!/usr/bin/env python3
"""Writes the `wflow test` benchmark project: one workflow with two activities and a 24-hour
timer, and FILES test entries holding PER_FILE tests each (default 50 x 4 = 200 tests). Every test
starts the workflow with both activities mocked (one fixed value, one Lua function), waits for the
result (the timer is skipped) and checks it.

    python3 bench/test/generate.py /tmp/wflow-bench [FILES] [PER_FILE]
"""
import os
import sys

WORKFLOW = """local function main(order)
  local payment, err = funcs.call("bench:charge", order)
  if err then
    return nil, err
  end
  time.sleep("24h")
  local shipment, err2 = funcs.call("bench:ship", {id = order.id})
  if err2 then
    return nil, err2
  end
  return {status = "shipped", payment = payment.id, tracking = shipment.tracking}
end

return {main = main}
"""

ACTIVITY = """local function main(input)
  return {id = "real-" .. tostring(input.id)}
end

return {main = main}
"""

APP_INDEX = """version: "1.0"
namespace: bench
entries:
  - name: client
    kind: temporal.client
    address: localhost:7233
  - name: worker
    kind: temporal.worker
    client: client
    task_queue: bench
  - name: order_workflow
    kind: workflow.lua
    source: file://order_workflow.lua
    method: main
    modules: [funcs, time]
    meta:
      temporal:
        workflow:
          worker: worker
  - name: charge
    kind: function.lua
    source: file://activity.lua
    method: main
    meta:
      temporal:
        activity:
          worker: worker
  - name: ship
    kind: function.lua
    source: file://activity.lua
    method: main
    meta:
      temporal:
        activity:
          worker: worker
"""

TEST = """local function define()
  describe("order {n}", function()
{cases}  end)
end

return {{run = test.run_cases(define)}}
"""

CASE = """    it("case {k}", function()
      local run = test.workflow("bench:order_workflow")
        :mock("bench:charge", {{id = "pay-{n}-{k}"}})
        :mock("bench:ship", function(req) return {{tracking = "T-" .. req.id}} end)
        :start({{id = "o{n}-{k}", total = {k}}})
      local result, err = run:result()
      test.is_nil(err)
      test.eq(result.status, "shipped")
      test.eq(result.payment, "pay-{n}-{k}")
      test.eq(result.tracking, "T-o{n}-{k}")
      test.gte(run:elapsed(), 86400)
      test.lte(run:elapsed(), 86405)
      test.len(run:calls("bench:charge"), 1)
    end)
"""


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wflow-bench"
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    per_file = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    src = os.path.join(root, "src")
    tests = os.path.join(src, "tests")
    os.makedirs(tests, exist_ok=True)
    write(os.path.join(root, "wippy.lock"), "directories:\n  src: ./src\n")
    write(os.path.join(src, "_index.yaml"), APP_INDEX)
    write(os.path.join(src, "order_workflow.lua"), WORKFLOW)
    write(os.path.join(src, "activity.lua"), ACTIVITY)
    index = ['version: "1.0"', "namespace: bench.test", "entries:"]
    for n in range(1, files + 1):
        name = "t%03d" % n
        cases = "".join(CASE.format(n=n, k=k) for k in range(1, per_file + 1))
        write(os.path.join(tests, name + "_test.lua"), TEST.format(n=n, cases=cases))
        index += [
            "  - name: " + name,
            "    kind: function.lua",
            "    source: file://" + name + "_test.lua",
            "    method: run",
            "    imports:",
            "      test: wippy.test:test",
            "    meta:",
            "      type: test",
            "      suite: bench",
            "      order: %d" % n,
        ]
    write(os.path.join(tests, "_index.yaml"), "\n".join(index) + "\n")
    print("wrote %d test files with %d tests each under %s" % (files, per_file, root))


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
