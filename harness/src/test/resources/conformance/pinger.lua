return function()
    local child = process.spawn("app:pinged", "app-queue")
    local ok = process.send(child, "ping", {n = 7})
    local exit = process.events():receive()
    local other = process.spawn("app:pinged", "app-queue")
    process.cancel(other)
    local exit2 = process.events():receive()
    return {sent = ok, child_result = exit.result.value, cancelled_kind = exit2.result.error:kind()}
end
