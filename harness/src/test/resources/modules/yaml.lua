-- yaml as the runtime has it: encode/decode, argument errors, options.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end

  local s, err = yaml.encode({b = 1, a = "x"})
  check("encode sorts keys", s == "a: x\nb: 1\n", s)
  check("encode err is nil", err == nil, err)
  check("encode list", yaml.encode({1, 2, 3}) == "- 1\n- 2\n- 3\n", yaml.encode({1, 2, 3}))
  local nested = yaml.encode({arr = {1, 2}})
  check("nested sequence indented", nested == "arr:\n    - 1\n    - 2\n", nested)
  local items = yaml.encode({{k = 1, j = 2}, {}})
  check("list of maps", items == "- j: 2\n  k: 1\n- {}\n", items)
  check("quoted look-alikes", yaml.encode({a = "true", b = "12", c = ""}) == 'a: "true"\nb: "12"\nc: ""\n',
    yaml.encode({a = "true", b = "12", c = ""}))
  check("multi-line literal", yaml.encode({s = "a\nb"}) == "s: |-\n    a\n    b\n", yaml.encode({s = "a\nb"}))
  local ordered = yaml.encode({b = 1, a = 2, c = 3}, {field_order = {"c"}, sort_unordered = true})
  check("field_order first", ordered == "c: 3\na: 2\nb: 1\n", ordered)

  local v, e1 = yaml.encode(123)
  check("encode non-table nil", v == nil, v)
  check("encode non-table Invalid", e1 and e1:kind() == errors.INVALID, e1)
  check("encode non-table not retryable", e1 and e1:retryable() == false, e1)

  local t = yaml.decode("name: test\nvalue: 123\nflag: true\nratio: 0.5\nlist:\n  - a\n  - b\n")
  check("decode string", t.name == "test", t.name)
  check("decode int", t.value == 123, t.value)
  check("decode bool", t.flag == true, t.flag)
  check("decode float", t.ratio == 0.5, t.ratio)
  check("decode list", t.list[2] == "b", t.list[2])
  check("yes stays a string", yaml.decode("a: yes").a == "yes", yaml.decode("a: yes").a)
  check("dates stay strings", yaml.decode("d: 2024-01-02").d == "2024-01-02")
  check("numeric keys become strings", yaml.decode("1: one")["1"] == "one")

  local _, e2 = yaml.decode(42)
  check("decode non-string Invalid", e2 and e2:kind() == errors.INVALID, e2)
  local _, e3 = yaml.decode("")
  check("decode empty Invalid", e3 and e3:kind() == errors.INVALID, e3)
  local _, e4 = yaml.decode(":\n  :\n  invalid")
  check("decode bad yaml Internal", e4 and e4:kind() == errors.INTERNAL, e4)

  local round = yaml.decode(yaml.encode({name = "n", items = {1, 2, 3}, deep = {x = {y = true}}}))
  check("round trip", round.name == "n" and #round.items == 3 and round.deep.x.y == true)
  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
