return {run = test.run_cases(function()
  describe("mocks", function()
    it("an activity that does not exist", function()
      test.workflow("app.test:noop_workflow"):mock("app.test:nope", {}):start()
    end)
  end)
end)}
