-- {{ns}}:{{name}}: a Temporal activity. Activities are where I/O belongs (HTTP calls, database
-- writes): a workflow calls it with funcs.call, and Temporal records the result in the
-- workflow's history, so a replay never runs it again.
--
-- Return nil and an error to fail the call. Temporal retries it by the retry policy in this
-- entry's meta.options, except for errors marked retryable = false.

type Request = {id: string, quantity: number}
type Response = {id: string, total: number}

local PRICE = 5

local function handle(request: Request): (Response?, error?)
    if type(request) ~= "table" or type(request.id) ~= "string" or request.id == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "the request needs an id",
            retryable = false,
        })
    end
    if math.type(request.quantity) ~= "integer" or request.quantity < 1 then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "quantity must be a positive whole number",
            retryable = false,
        })
    end
    return {id = request.id, total = request.quantity * PRICE}
end

return { handle = handle }
