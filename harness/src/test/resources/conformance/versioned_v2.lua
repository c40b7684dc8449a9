return function()
    local v = workflow.version("payment", 1, 2)
    local paid
    if v == 1 then
        paid = funcs.call("app:old_payment", 1)
    else
        paid = funcs.call("app:new_payment", 1)
    end
    time.sleep("1h")
    return {v = v, paid = paid}
end
