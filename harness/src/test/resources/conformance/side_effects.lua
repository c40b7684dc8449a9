return function()
    local id = uuid.v4()
    local n = tonumber(crypto.random.string(1, "123456"))
    local s = crypto.random.string(8)
    time.sleep("1m")
    return {id_len = #id, n_ok = n >= 1 and n <= 6, s_len = #s, v7_len = #uuid.v7(), bytes = #crypto.random.bytes(4)}
end
