-- Tests for {{ns}}:{{name}}. Timers are skipped, so the one-minute wait takes no real time;
-- activities are mocked unless a test wants the real one.

local function define_tests()
    test.describe("{{name}}", function()
        test.it("runs the step, then waits one minute", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock("{{ns}}:{{name}}_step", {id = "r1", message = "done"})
                :start({id = "r1"})

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "completed")
            test.eq(result.message, "done")
            test.gte(result.waited_seconds, 60, "the timer's minute, on the workflow clock")
            -- Virtual time: the minute is skipped, but a slow machine may add a second of real time.
            test.gte(run:elapsed(), 60, "the durable timer waits one minute")
            test.lt(run:elapsed(), 90)
            test.len(run:calls("{{ns}}:{{name}}_step"), 1)
            test.eq(run:calls("{{ns}}:{{name}}_step")[1].args[1].id, "r1")
        end)

        test.it("reports a failed step and does not wait", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock_error("{{ns}}:{{name}}_step", {kind = "Unavailable", message = "backend down", retryable = false})
                :start({id = "r2"})

            local result = run:result()
            test.eq(result.status, "failed")
            test.contains(result.error, "backend down")
            test.lt(run:elapsed(), 60, "no timer after a failed step")
        end)

        test.it("runs the real step", function()
            local result = test.workflow("{{ns}}:{{name}}"):start({id = "r3"}):result()
            test.eq(result.status, "completed")
            test.eq(result.message, "processed r3")
        end)

        test.it("the real step refuses a request without an id, without retrying", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({id = ""})

            local result = run:result()
            test.eq(result.status, "failed")
            test.contains(result.error, "needs an id")
            test.len(run:calls("{{ns}}:{{name}}_step"), 1)
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
