return function()
    local inbox = process.inbox()
    return inbox:receive()
end
