local function main(state)
    state = state or {n = 0}
    time.sleep("1h")
    if state.n < 3 then
        return process.upgrade(nil, {n = state.n + 1})
    end
    return {n = state.n}
end
return {main = main}
