local function define()
  describe("approval", function()
    it("is approved by a signal after half an hour", function()
      local run = test.workflow("app:approval"):mock("app:notify", true):start({id = "r1"})
      run:sleep("30m")
      run:signal("approve", {by = "ann"})
      local result = run:result()
      do -- eq compares tables by reference: check the fields
        local v = result
        test.eq(v.status, "approved")
        test.eq(v.id, "r1")
        test.eq(v.by, "ann")
      end
      test.eq(run:calls("app:notify")[1].args[1].id, "r1")
      test.eq(run:calls("app:notify")[1].args[1].by, "ann")
      test.gte(run:elapsed(), 1800)
    end)

    it("expires after a day", function()
      local run = test.workflow("app:approval"):start({id = "r2"})
      test.eq(run:result().status, "expired")
      test.gte(run:elapsed(), 86400)
      test.lte(run:elapsed(), 86405)
    end)

    it("is started and signalled as application code does", function()
      local pid = funcs.call("app:request_approval", "r3")
      test.is_string(pid)
      test.ok(process.send(pid, "approve", {by = "bob"}))
      local run = test.run_of(pid)
      test.eq(run:result().by, "bob")
    end)
  end)
end

return {run = test.run_cases(define)}
