return function()
    local v = workflow.version("payment", 1, 1)
    local paid = funcs.call("app:old_payment", 1)
    time.sleep("1h")
    return {v = v, paid = paid}
end
