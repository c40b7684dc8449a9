-- Tests for the {{ns}}:{{name}} saga: the happy path with the real activities, and a failure at
-- each step with the compensations that must (and must not) run, in order.

local ORDER = {id = "o1", items = {"book"}, amount = 42}

local function define_tests()
    test.describe("{{name}}", function()
        test.it("reserves, charges and ships", function()
            local run = test.workflow("{{ns}}:{{name}}"):start(ORDER)

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "completed")
            test.eq(result.reservation_id, "res-o1")
            test.eq(result.payment_id, "pay-o1")
            test.eq(result.tracking, "trk-o1-res-o1")
            test.len(run:calls("{{ns}}:{{name}}_release"), 0)
            test.len(run:calls("{{ns}}:{{name}}_refund"), 0)
        end)

        test.it("refunds, then releases, when shipping fails", function()
            local undone = {}
            local run = test.workflow("{{ns}}:{{name}}")
                :mock_error("{{ns}}:{{name}}_ship", {kind = "Unavailable", message = "carrier down", retryable = false})
                :mock("{{ns}}:{{name}}_refund", function(payment_id)
                    table.insert(undone, "refund " .. payment_id)
                    return {refunded = payment_id}
                end)
                :mock("{{ns}}:{{name}}_release", function(reservation_id)
                    table.insert(undone, "release " .. reservation_id)
                    return {released = reservation_id}
                end)
                :start(ORDER)

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.step, "ship")
            test.contains(result.error, "carrier down")
            test.len(undone, 2)
            test.eq(undone[1], "refund pay-o1", "the newest step is undone first")
            test.eq(undone[2], "release res-o1")
            test.len(result.compensation_errors, 0)
        end)

        test.it("only releases when the charge is declined", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :start({id = "o2", items = {"book"}, amount = 0})

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.step, "charge")
            test.contains(result.error, "positive number")
            test.len(run:calls("{{ns}}:{{name}}_release"), 1)
            test.eq(run:calls("{{ns}}:{{name}}_release")[1].args[1], "res-o2")
            test.len(run:calls("{{ns}}:{{name}}_refund"), 0)
            test.len(run:calls("{{ns}}:{{name}}_ship"), 0)
        end)

        test.it("undoes nothing when the reservation fails", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({id = "o3", items = {}, amount = 5})

            local result = run:result()
            test.eq(result.step, "reserve")
            test.len(run:calls("{{ns}}:{{name}}_charge"), 0)
            test.len(run:calls("{{ns}}:{{name}}_release"), 0)
        end)

        test.it("still releases when the refund fails, and reports the refund", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock_error("{{ns}}:{{name}}_ship", {kind = "Unavailable", message = "carrier down", retryable = false})
                :mock_error("{{ns}}:{{name}}_refund", {kind = "Internal", message = "provider down", retryable = false})
                :start(ORDER)

            local result = run:result()
            test.eq(result.status, "failed")
            test.len(run:calls("{{ns}}:{{name}}_release"), 1)
            test.len(result.compensation_errors, 1)
            test.contains(result.compensation_errors[1], "provider down")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
