-- Tests for app:order_workflow. Timers are skipped, so the one-hour cooling-off
-- period takes no real time; activities are mocked unless a test wants the real ones.

local ORDER = {id = "o1", total = 42, customer_id = "c1", shipping_address = "1 Main St"}

local function define_tests()
    test.describe("order workflow", function()
        test.it("charges, waits an hour, then ships", function()
            local run = test.workflow("app:order_workflow")
                :mock("app:charge_payment", {id = "pay-1"})
                :mock("app:ship_order", function(req)
                    return {tracking_number = "T-" .. req.order_id}
                end)
                :start(ORDER)

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "completed")
            test.eq(result.payment_id, "pay-1")
            test.eq(result.tracking, "T-o1")
            test.eq(run:elapsed(), 3600, "the cooling-off timer is one hour")
            test.len(run:calls("app:charge_payment"), 1)
            test.eq(run:calls("app:charge_payment")[1].args[1].amount, 42)
            test.len(run:calls("app:refund_payment"), 0)
        end)

        test.it("refunds the payment when shipping fails", function()
            local run = test.workflow("app:order_workflow")
                :mock("app:charge_payment", {id = "pay-2"})
                :mock_error("app:ship_order", {kind = "Unavailable", message = "carrier down", retryable = false})
                :mock("app:refund_payment", {payment_id = "pay-2", refunded = true})
                :start(ORDER)

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.step, "shipping")
            test.contains(result.error, "carrier down")
            test.len(run:calls("app:refund_payment"), 1)
            test.eq(run:calls("app:refund_payment")[1].args[1], "pay-2")
        end)

        test.it("does not ship when the charge is declined", function()
            local run = test.workflow("app:order_workflow")
                :mock_error("app:charge_payment", {kind = "Invalid", message = "card declined", retryable = false})
                :start(ORDER)

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.step, "payment")
            test.len(run:calls("app:ship_order"), 0)
            test.eq(run:elapsed(), 0, "no timer before a failed charge")
        end)

        test.it("runs the real activities: no address means a refund", function()
            local run = test.workflow("app:order_workflow")
                :mock("app:charge_payment", {id = "pay-3"})
                :start({id = "o3", total = 5, customer_id = "c3"})

            local result = run:result()
            test.eq(result.status, "failed")
            test.eq(result.step, "shipping")
            test.contains(result.error, "no shipping address")
            test.eq(run:calls("app:refund_payment")[1].args[1], "pay-3")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
