-- Tests for app:expense_approval: an approval, a rejection, the 24-hour timeout and a failed
-- notification. run:sleep advances the virtual clock, so a decision can come hours later.

local REQUEST = {id = "req-1", amount = 250}

local function define_tests()
    test.describe("expense_approval", function()
        test.it("is approved by a signal two hours later", function()
            local run = test.workflow("app:expense_approval"):start(REQUEST)
            run:sleep("2h")
            run:signal("approve", {by = "alice"})

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "approved")
            test.eq(result.by, "alice")
            test.gte(run:elapsed(), 7200)
            test.lt(run:elapsed(), 7200 + 30, "decided two hours in, not at the timeout")
            test.eq(run:calls("app:expense_approval_notify")[1].args[1].id, "req-1")
        end)

        test.it("is rejected with a reason", function()
            local run = test.workflow("app:expense_approval"):start(REQUEST)
            run:signal("reject", {by = "bob", reason = "over budget"})

            local result = run:result()
            test.eq(result.status, "rejected")
            test.eq(result.by, "bob")
            test.eq(result.reason, "over budget")
        end)

        test.it("times out after 24 hours without a decision", function()
            local run = test.workflow("app:expense_approval"):start(REQUEST)

            local result = run:result()
            test.eq(result.status, "timed_out")
            test.gte(run:elapsed(), 24 * 3600)
            test.lt(run:elapsed(), 24 * 3600 + 30)
        end)

        test.it("fails without waiting when the approvers cannot be notified", function()
            local run = test.workflow("app:expense_approval")
                :mock_error("app:expense_approval_notify", {kind = "Unavailable", message = "mail server down", retryable = false})
                :start(REQUEST)

            local result = run:result()
            test.eq(result.status, "failed")
            test.contains(result.error, "mail server down")
            test.lt(run:elapsed(), 30, "no waiting after a failed notification")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
