return function()
    local start = time.now()
    time.sleep("24h")
    time.sleep(1000 * time.MILLISECOND)
    return {waited = math.floor(time.now():sub(start) / time.SECOND), os_ok = os.time() >= start:unix()}
end
