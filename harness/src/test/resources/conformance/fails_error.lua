return function(input)
    local total = input.total
    error("bad input: total " .. total)
end
