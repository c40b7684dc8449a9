local function main()
    local t = {}
    t.self = t
    return t
end
return {main = main}
