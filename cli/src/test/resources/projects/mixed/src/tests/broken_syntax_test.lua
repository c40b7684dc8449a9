local function define()
  describe("broken", function()
    it("never parses", function()
      local x = = 1
    end)
  end)
end
return {run = test.run_cases(define)}
