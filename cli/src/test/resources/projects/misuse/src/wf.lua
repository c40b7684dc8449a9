local function main(x)
    local v, err = funcs.call("app:act", x)
    if err then return nil, err end
    return v
end
return {main = main}
