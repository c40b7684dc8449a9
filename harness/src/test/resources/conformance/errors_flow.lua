return function()
    local ok = funcs.call("app:lookup", "o1")
    local _, e1 = funcs.call("app:lookup", "missing")
    local _, e2 = funcs.new():with_options({["activity.retry_policy"] = {maximum_attempts = 2}}):call("app:lookup", "boom")
    local _, e3 = funcs.call("lookup", "x")
    return {ok = ok.id, k1 = e1:kind(), r1 = e1:retryable(), m1 = tostring(e1), k2 = e2:kind(), m2 = e2:message(), k3 = e3:kind()}
end
