-- {{ns}}:{{name}}: runs one step as a Temporal activity with a retry policy, then waits one
-- minute on a durable timer (it survives worker restarts; `wflow test` skips it).

local funcs = require("funcs")
local time = require("time")

type Request = {id: string}

type Result = {
    status: "completed" | "failed",
    id: string,
    message: string?,
    waited_seconds: number?,
    error: string?,
}

local WAIT = "1m"

local function main(request: Request): Result
    -- Per-call options win over the activity's meta.options. Invalid input will not get better
    -- by retrying, so it is not retried.
    local step = funcs.new():with_options({
        ["activity.retry_policy"] = {
            maximum_attempts = 3,
            initial_interval = 1000,
            backoff_coefficient = 2.0,
            non_retryable_error_types = {"Invalid"},
        },
    })
    local done, err = step:call("{{ns}}:{{name}}_step", {id = request.id})
    if err then
        return {status = "failed", id = request.id, error = tostring(err)}
    end

    -- time.now() reads the workflow clock (a Time object): the same value again on replay.
    local before = time.now()
    time.sleep(WAIT)
    local waited = time.now():sub(before)

    return {
        status = "completed",
        id = request.id,
        message = done.message,
        waited_seconds = waited:seconds(),
    }
end

return { main = main }
