-- {{ns}}:{{name}}_notify: tells the approvers a decision is needed. A real one sends an e-mail or
-- a chat message here (activities may do I/O); Temporal retries it by its meta.options.

type NotifyRequest = {id: string, amount: number}

local function notify(req: NotifyRequest): ({notified: string}?, error?)
    if type(req.id) ~= "string" or req.id == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "the request needs an id",
            retryable = false,
        })
    end
    return {notified = req.id}
end

return { notify = notify }
