-- app:batch_workflow_process: the work done for one item (an activity: it may do I/O).

type Processed = {item: string, size: number}

local function process_item(item: string): (Processed?, error?)
    if type(item) ~= "string" or item == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "an item must be a non-empty string",
            retryable = false,
        })
    end
    return {item = item, size = #item}
end

return { process_item = process_item }
