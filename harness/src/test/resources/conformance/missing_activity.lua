-- A call to an activity nobody serves: with a bounded retry policy the workflow gets nil, err.
return function(attempts)
    local v, err = funcs.new()
        :with_options({["temporal.activity.retry_policy"] = {maximumAttempts = attempts}})
        :call("app:absent", {n = 1})
    return {
        got_value = v ~= nil,
        kind = err:kind(),
        retryable = err:retryable(),
        message = err:message(),
        after = "carried on",
    }
end
