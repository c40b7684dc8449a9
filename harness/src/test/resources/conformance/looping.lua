return function(state)
    state = state or {n = 0}
    if state.n < 3 then
        time.sleep("1m")
        process.upgrade(nil, {n = state.n + 1})
    end
    return {n = state.n}
end
