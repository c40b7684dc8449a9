local function main()
    time.sleep("1h")
    local ch = process.listen("go")
    local v = ch:receive()
    local r = channel.select{ch:case_receive(), default = true}
    return {v = v, default = r.default == true, now = os.time(), t = time.now():unix()}
end
return {main = main}
