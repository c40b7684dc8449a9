-- {{ns}}:{{name}}_step: the step of {{ns}}:{{name}}. An activity may do I/O (HTTP calls,
-- database writes); the workflow's retry policy decides how often Temporal retries it.

type StepRequest = {id: string}
type StepResult = {id: string, message: string}

local function step(request: StepRequest): (StepResult?, error?)
    if type(request) ~= "table" or type(request.id) ~= "string" or request.id == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "the request needs an id",
            retryable = false,
        })
    end
    return {id = request.id, message = "processed " .. request.id}
end

return { step = step }
