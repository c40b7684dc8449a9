return function()
    local sig = process.listen("go")
    local r1 = channel.select{sig:case_receive(), default = true}
    local timeout = time.after("10m")
    local r2 = channel.select{sig:case_receive(), timeout:case_receive()}
    local r3 = channel.select{sig:case_receive(), time.after("1h"):case_receive()}
    return {first_default = r1.default, timed_out = r2.channel == timeout, value = r3.value}
end
