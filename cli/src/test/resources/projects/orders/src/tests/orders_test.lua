local function define()
  describe("order workflow", function()
    it("charges, waits an hour and ships", function()
      local run = test.workflow("app:order_workflow")
        :mock("app:charge_payment", {id = "pay-1"})
        :mock("app:ship_order", function(req) return {tracking_number = "T-" .. req.order_id} end)
        :start({id = "o1", total = 42, customer_id = "c1"})
      local result, err = run:result()
      test.is_nil(err)
      do -- eq compares tables by reference: check the fields
        local v = result
        test.eq(v.status, "completed")
        test.eq(v.payment_id, "pay-1")
        test.eq(v.tracking, "T-o1")
      end
      -- the in-memory clock also moves with real time while the run computes
      test.gte(run:elapsed(), 3600)
      test.lte(run:elapsed(), 3605)
      test.len(run:calls("app:charge_payment"), 1)
      test.eq(run:calls("app:charge_payment")[1].args[1].amount, 42)
      test.eq(run:status(), "completed")
    end)

    it("refunds when shipping fails", function()
      local run = test.workflow("app:order_workflow")
        :mock("app:charge_payment", {id = "pay-2"})
        :mock_error("app:ship_order", {kind = "Unavailable", message = "no couriers", retryable = false})
        :mock("app:refund_payment", {refunded = true})
        :start({id = "o2", total = 10, customer_id = "c2"})
      local result = run:result()
      test.eq(result.status, "failed")
      test.contains(result.error, "no couriers")
      test.eq(run:calls("app:refund_payment")[1].args[1], "pay-2")
    end)

    it("runs unmocked activities as their real entries", function()
      local run = test.workflow("app:order_workflow"):start({id = "o3", total = 5, customer_id = "c3"})
      local result = run:result()
      test.eq(result.payment_id, "pay-real-c3")
      test.eq(result.tracking, "T-o3")
    end)
  end)
end

return {run = test.run_cases(define)}
