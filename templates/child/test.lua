-- Tests for {{ns}}:{{name}}: every child succeeds, one child fails, an empty batch.

local function define_tests()
    test.describe("{{name}}", function()
        test.it("runs one child per item and keeps the item order", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({items = {"a", "bb", "ccc"}})

            local result, err = run:result()
            test.is_nil(err)
            test.eq(result.status, "completed")
            test.len(result.results, 3)
            test.eq(result.results[1].item, "a")
            test.eq(result.results[2].size, 2)
            test.eq(result.results[3].item, "ccc")
            local children = run:children()
            test.len(children, 3)
            test.len(children[1]:calls("{{ns}}:{{name}}_process"), 1)
            test.eq(children[1]:calls("{{ns}}:{{name}}_process")[1].args[1], "a")
        end)

        test.it("reports the item whose child failed", function()
            local run = test.workflow("{{ns}}:{{name}}"):start({items = {"a", ""}})

            local result = run:result()
            test.eq(result.status, "failed")
            test.len(result.failures, 1)
            test.eq(result.failures[1].item, "")
            test.contains(result.failures[1].error, "non-empty string")
        end)

        test.it("uses a mocked activity in every child", function()
            local run = test.workflow("{{ns}}:{{name}}")
                :mock("{{ns}}:{{name}}_process", function(item)
                    return {item = item, size = 0}
                end)
                :start({items = {"x", "y"}})

            local result = run:result()
            test.eq(result.status, "completed")
            test.eq(result.results[2].item, "y")
            test.eq(result.results[2].size, 0)
        end)

        test.it("completes at once for an empty batch", function()
            local result = test.workflow("{{ns}}:{{name}}"):start({items = {}}):result()
            test.eq(result.status, "completed")
        end)
    end)
end

local run_cases = test.run_cases(define_tests)

return {
    run = function(options)
        return run_cases(options)
    end,
}
