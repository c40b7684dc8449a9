-- text: regexp with Go's RE2 rules, diff-match-patch, splitters.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end
  local function join(t) return table.concat(t, ",") end

  local re, err = text.regexp.compile("[0-9]+")
  check("compile", re ~= nil and err == nil, err)
  check("match_string", re:match_string("a1") and not re:match_string("ab"))
  check("find_string", re:find_string("ab12c3") == "12")
  check("find_string none", re:find_string("abc") == nil)
  check("find_all_string", join(re:find_all_string("a1b22c333")) == "1,22,333")
  check("find_string_index", join(re:find_string_index("The page12")) == "9,10",
    join(re:find_string_index("The page12")))
  check("find_all_string_index", #re:find_all_string_index("1a2") == 2)
  check("find_all_string_index none", re:find_all_string_index("x") == nil)
  check("split", join(re:split("a1b2c")) == "a,b,c")
  check("split n", join(re:split("a1b2c", 2)) == "a,b2c")
  check("string", re:string() == "[0-9]+")

  local email = text.regexp.compile("(?P<user>[a-z]+)@([a-z]+)\\.com")
  local m = email:find_string_submatch("mail bob@example.com now")
  check("submatch", m and join(m) == "bob@example.com,bob,example", m and join(m))
  check("num_subexp", email:num_subexp() == 2)
  check("subexp_names", join(email:subexp_names()) == ",user,", join(email:subexp_names()))
  local all = email:find_all_string_submatch("a@b.com c@d.com")
  check("all submatch", #all == 2 and all[2][2] == "c")
  check("no submatch nil", email:find_string_submatch("none") == nil)

  local ab = text.regexp.compile("a(x*)b")
  check("replace $1", ab:replace_all_string("-ab-axxb-", "${1}W") == "-W-xxW-",
    ab:replace_all_string("-ab-axxb-", "${1}W"))
  check("replace $1W is a name", ab:replace_all_string("-ab-axxb-", "$1W") == "---")
  check("replace $$", ab:replace_all_string("ab", "$$") == "$")
  local star = text.regexp.compile("a*")
  check("empty match after match skipped", join(star:find_all_string("baaab")) == ",aaa,",
    join(star:find_all_string("baaab")))
  check("replace empty matches", star:replace_all_string("baaac", "X") == "XbXcX",
    star:replace_all_string("baaac", "X"))
  check("utf8 byte offsets", join(text.regexp.compile("b"):find_string_index("éb")) == "3,3")
  check("RE2 has no backreferences", text.regexp.compile("(a)\\1") == nil)
  local bad, cerr = text.regexp.compile("[invalid")
  check("bad pattern nil", bad == nil)
  check("bad pattern Invalid", cerr and cerr:kind() == errors.INVALID, cerr)
  check("bad pattern message", cerr and cerr:message():find("missing closing ]", 1, true),
    cerr and cerr:message())

  local diff = text.diff.new()
  local same = diff:compare("same", "same")
  check("compare equal", #same == 1 and same[1].operation == "equal" and same[1].text == "same")
  local diffs = diff:compare("hello world", "hello there")
  local ops = {}
  for _, d in ipairs(diffs) do ops[d.operation] = true end
  check("compare ops", ops.equal and ops.delete and ops.insert)
  local sum = diff:summarize({{operation = "insert", text = "ab"}, {operation = "delete", text = "é"},
    {operation = "equal", text = "xyz"}})
  check("summarize bytes", sum.insertions == 2 and sum.deletions == 2 and sum.equals == 3)
  check("pretty_text", diff:pretty_text({{operation = "insert", text = "a"}}) == "\27[32ma\27[0m")
  check("pretty_html", diff:pretty_html({{operation = "delete", text = "<x>"}})
    == '<del style="background:#ffe6e6;">&lt;x&gt;</del>')
  local t1, t2 = "The quick brown fox", "The quick red fox"
  local patches = diff:patch_make(t1, t2)
  check("patch_make", #patches > 0 and patches[1].text:find("@@", 1, true) == 1)
  local result, ok = diff:patch_apply(patches, t1)
  check("patch_apply", ok == true and result == t2, result)

  local sp = text.splitter.recursive({chunk_size = 10, chunk_overlap = 0, separators = {" "}})
  local chunks = sp:split_text("aaaa bbbb cccc")
  check("recursive split", join(chunks) == "aaaa bbbb,cccc", join(chunks))
  local overlap = text.splitter.recursive({chunk_size = 10, chunk_overlap = 5})
  check("overlap", join(overlap:split_text("aaaa bbbb cccc")) == "aaaa bbbb,bbbb cccc",
    join(overlap:split_text("aaaa bbbb cccc")))
  local batch = sp:split_batch({{content = "aaaa bbbb cccc", metadata = {page = 1}}, {content = ""}})
  check("split_batch", #batch == 2 and batch[2].metadata.page == 1 and batch[1].content == "aaaa bbbb")
  local md = text.splitter.markdown({chunk_size = 200})
  local parts = md:split_text("# Title\n\nIntro text.\n\n## Part\n\nMore text.\n\n```\ncode\n```\n")
  check("markdown sections", #parts == 2 and parts[1] == "# Title\nIntro text."
    and parts[2] == "## Part\nMore text.", join(parts))
  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
