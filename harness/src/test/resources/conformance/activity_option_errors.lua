-- Each bad option value makes the call return nil, err with the runtime's message.
local BAD = {
    {["activity.heartbeat_timeout"] = true},
    {["activity.start_to_close_timeout"] = "soon"},
    {["activity.schedule_to_close_timeout"] = "5d"},
    {["activity.task_queue"] = ""},
    {["activity.task_queue"] = 7},
    {["activity.retry_policy"] = "thrice"},
    {["activity.retry_policy"] = {maximum_attempts = 1.5}},
    {["activity.retry_policy"] = {non_retryable_error_types = {"Invalid", 3}}},
    {["activity.wait_for_cancellation"] = "yes"},
    {["activity.disable_eager_execution"] = 1},
    {["activity.versioning_intent"] = "sideways"},
    {["activity.summary"] = {}},
    {["activity.priority"] = {priority_key = "high"}},
    {["temporal.activity.id"] = false},
}

return function()
    local out = {}
    for i, options in ipairs(BAD) do
        local v, err = funcs.new():with_options(options):call("app:probe")
        out[i] = v == nil and err:message() or "accepted"
    end
    return out
end
