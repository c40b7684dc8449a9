-- Tests for {{ns}}:{{name}}. New runs take the newest version of the code; the history of each
-- run is replayed against the code after the test, which is what catches an unguarded change.

local function define_tests()
    test.describe("{{name}}", function()
        test.it("new runs get version 2 and the discount", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({id = "o1", amount = 200})

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "charged")
            test.eq(result.version, 2)
            test.eq(result.amount, 180)
            test.eq(result.payment_id, "pay-o1")
            test.len(run:calls("{{ns}}:{{name}}_discount"), 1)
            test.eq(run:calls("{{ns}}:{{name}}_charge")[1].args[1].amount, 180)
        end)

        test.it("records the version marker in the history", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({id = "o2", amount = 50})
            run:result()

            local markers = 0
            for _, event in ipairs(run:history()) do
                if event.type == "MarkerRecorded" then
                    markers = markers + 1
                end
            end
            test.eq(markers, 1, "one marker for the one workflow.version call")
        end)

        test.it("does not charge when the discount fails", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock_error("{{ns}}:{{name}}_discount", {kind = "Unavailable", message = "pricing down", retryable = false})
                :start({id = "o3", amount = 120})

            local result = run:result()
            test.eq(result.status, "failed")
            test.contains(result.error, "pricing down")
            test.len(run:calls("{{ns}}:{{name}}_charge"), 0)
        end)

        test.it("reports a refused charge", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock("{{ns}}:{{name}}_discount", {order_id = "o4", amount = 0})
                :start({id = "o4", amount = 10})

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.version, 2)
            test.contains(result.error, "positive number")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
