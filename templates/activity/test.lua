-- Unit tests for the {{ns}}:{{name}} activity: funcs.call from test code runs the function
-- directly, no workflow involved.

local function define_tests()
    test.describe("{{name}}", function()
        test.it("prices a request", function()
            local response, err = funcs.call("{{ns}}:{{name}}", {id = "r1", quantity = 3})
            test.is_nil(err)
            test.eq(response.id, "r1")
            test.eq(response.total, 15)
        end)

        test.it("refuses a request without an id, as not retryable", function()
            local response, err = funcs.call("{{ns}}:{{name}}", {quantity = 1})
            test.is_nil(response)
            test.not_nil(err)
            test.eq(err:kind(), "Invalid")
            test.is_false(err:retryable())
            test.contains(err:message(), "needs an id")
        end)

        test.it("refuses a quantity that is not a positive whole number", function()
            local _, err = funcs.call("{{ns}}:{{name}}", {id = "r2", quantity = 1.5})
            test.not_nil(err)
            test.contains(tostring(err), "positive whole number")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
