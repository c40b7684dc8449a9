return function()
    local v = workflow.version("payment-v2", 1, 2)
    local _, err = workflow.version("other", 3, 1)
    return {v = v, invalid = err:kind()}
end
