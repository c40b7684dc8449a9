-- Each random value picks the next command (an activity or a timer): a replay that drew new values
-- instead of the recorded ones would issue other commands and fail the replay check.
return function()
    local picks = {}
    local values = {
        uuid.v4(), uuid.v7(), crypto.random.string(4), crypto.random.uuid(),
        crypto.random.bytes(2), tostring(time.now():unix_nano()), uuid.v4(), (crypto.random.string(4)),
    }
    for i, v in ipairs(values) do
        if string.byte(v, #v) % 2 == 0 then
            picks[i] = "activity"
            funcs.call("app:square", i)
        else
            picks[i] = "timer"
            time.sleep("1s")
        end
    end
    return table.concat(picks, ",")
end
