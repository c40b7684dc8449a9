local function main()
    local f1 = funcs.async("desk:slow", 1)
    local f2 = funcs.async("desk:slow", 2)
    local r = channel.select{f1:channel():case_receive(), time.after("1h"):case_receive()}
    local a = r.value:data()
    local b = f2:response():receive():data()
    local id = uuid.v4()
    local s = json.encode({a = a})
    local d = json.decode(s)
    local ticks = 0
    local ticker = time.ticker("1m")
    for i = 1, 3 do ticker:channel():receive(); ticks = ticks + 1 end
    ticker:stop()
    local v = workflow.version("x", 1, 3)
    local info = workflow.info()
    return {a = d.a, b = b, id_len = #id, ticks = ticks, v = v, type = info.workflow_type}
end
return {main = main}
