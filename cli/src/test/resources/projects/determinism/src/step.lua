local function main(n)
  return n
end

return {main = main}
