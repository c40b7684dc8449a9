local function message_of(fn)
    local ok, err = pcall(fn)
    test.is_false(ok)
    return tostring(err)
end

local function define_tests()
    test.describe("misuse", function()
        test.it("an unknown workflow", function()
            test.contains(message_of(function() test.workflow("app:nope") end),
                "'app:nope' is not a workflow entry")
        end)
        test.it("a signal after completion", function()
            local run = test.workflow("app:wf"):mock("app:act", 1):start(1)
            run:result()
            test.contains(message_of(function() run:signal("x", {}) end),
                "cannot signal x: the run")
        end)
        test.it("result twice is the same result", function()
            local run = test.workflow("app:wf"):mock("app:act", {n = 1}):start(1)
            test.eq(run:result(), run:result())
        end)
        test.it("a mock that returns a function", function()
            local run = test.workflow("app:wf")
                :mock("app:act", function() return function() end end)
                :start(1)
            local _, err = run:result()
            test.contains(tostring(err),
                "the mock function at src/misuse_test.lua:25 returned no JSON value")
        end)
        test.it("a mock value that holds a function", function()
            test.contains(message_of(function() test.workflow("app:wf"):mock("app:act", {f = print}) end),
                "cannot encode value.f as JSON: it is a function")
        end)
        test.it("a cyclic result", function()
            local _, err = test.workflow("app:cyclic"):start():result()
            test.eq(err:kind(), "Invalid")
            test.contains(tostring(err), "src/cyclic.lua:4: workflow app:cyclic: cannot encode result.self")
            test.contains(tostring(err), "it is result again (a cycle)")
        end)
        test.it("an endless loop", function()
            local _, err = test.workflow("app:forever"):start():result()
            test.matches(tostring(err), "src/forever%.lua:[345]: Lua code ran for more than")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)
return {run = function(options) return run_cases(options) end}
