return function(x)
    if x.fail then
        return nil, errors.new({kind = errors.CONFLICT, message = "child says no", retryable = false})
    end
    return {doubled = x.n * 2}
end
