-- One activity (which leaves a schedule-to-close timer on the test server), then an hour's wait.
return function()
    local v = funcs.call("app:probe", 1)
    time.sleep("1h")
    return v
end
