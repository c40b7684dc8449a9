-- Returns the cancel event exactly as process.events() delivered it.
return function()
    local ev = process.events():receive()
    return {kind = ev.kind, from = ev.from, at = ev.at, reason = ev.reason, deadline = ev.deadline}
end
