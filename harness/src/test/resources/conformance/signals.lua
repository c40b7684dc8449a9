return function(input)
    local approvals = process.listen("approve")
    local configs = process.listen("config", {message = true})
    local inbox = process.inbox()
    local note = inbox:receive()
    local cfg = configs:receive()
    local a = approvals:receive()
    return {
        note = note:topic(), note_text = note:payload():data().text,
        config_topic = cfg:topic(), config = cfg:payload():data(),
        approved_by = a.by
    }
end
