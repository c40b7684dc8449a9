return function(x)
    return nil, errors.new({message = "child says no", kind = errors.CONFLICT, retryable = false})
end
