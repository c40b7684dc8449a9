-- Names and messages with everything a report format must escape: markup, quotes, control
-- characters, an ANSI colour sequence, "]]>", non-ASCII text and a byte sequence that is no
-- valid UTF-8 (it decodes to a lone surrogate).
local NASTY = "<tag> & \"quotes\" 'apostrophes' \1 bell\7 \27[31mred\27[0m ]]> snow\226\152\131 bad\237\160\128 tab\tend"

local function define_tests()
    test.describe("odd " .. NASTY, function()
        test.it("passes " .. NASTY, function() test.ok(true) end)
        test.it("fails " .. NASTY, function() test.eq(NASTY, "plain") end)
        test.it("errors " .. NASTY, function() error(NASTY) end)
        test.it_skip("skipped " .. NASTY, function() end)
    end)
end

local run_cases = test.run_cases(define_tests)
return {run = function(options) return run_cases(options) end}
