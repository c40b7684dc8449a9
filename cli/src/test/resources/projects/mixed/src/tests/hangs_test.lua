return {run = test.run_cases(function()
  it("spins forever", function()
    while true do end
  end)
  it("still runs", function()
    test.ok(true)
  end)
end)}
