-- Every activity.* key the runtime reads, in both spellings of the prefix.
return function()
    local plain = funcs.call("app:probe", "plain")
    local tuned = funcs.new():with_options({
        ["activity.start_to_close_timeout"] = 45000,
        ["activity.schedule_to_close_timeout"] = "2h",
        ["activity.schedule_to_start_timeout"] = "90s",
        ["temporal.activity.heartbeat_timeout"] = "15s",
        ["activity.task_queue"] = "app-queue",
        ["activity.wait_for_cancellation"] = true,
        ["activity.disable_eager_execution"] = true,
        ["activity.versioning_intent"] = "default",
        ["activity.summary"] = "charge the card",
        ["activity.priority"] = {priorityKey = 2, fairness_key = "tenant-a", FAIRNESS_WEIGHT = 1.5},
        ["activity.retry_policy"] = {
            initial_interval = "2s",
            backoffCoefficient = 3,
            maximum_interval = 20000,
            maximumAttempts = 4,
            non_retryable_error_types = "Invalid",
        },
    }):call("app:probe", "tuned")
    return {plain = plain, tuned = tuned}
end
