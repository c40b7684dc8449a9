-- The whole entry gets meta.timeout (2s), as on the platform: the test after the one that
-- spins never runs.
return {run = test.run_cases(function()
  describe("hangs", function()
    it("spins forever", function()
      while true do end
    end)
    it("never runs", function()
      test.ok(true)
    end)
  end)
end)}
