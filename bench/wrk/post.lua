-- wrk script for bench/run: POST /articles with a unique article per request. Each body is a real corpus article
-- (one JSON string literal a line in BODIES_FILE) prefixed with the run id, thread id and a per-thread counter,
-- which also go into the title, so no request is a duplicate. Prints the status code mix at the end.
-- usage: wrk ... -s bench/wrk/post.lua URL -- API_KEY BODIES_FILE RUN_ID
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   local key, file = args[1], args[2]
   run = args[3] or "run"
   if not key or not file then error("post.lua: pass API_KEY BODIES_FILE RUN_ID after --") end
   bodies = {}
   for line in io.lines(file) do
      -- a JSON string literal: keep what is inside the quotes, it is already escaped
      if #line > 2 then bodies[#bodies + 1] = line:sub(2, -2) end
   end
   if #bodies == 0 then error("post.lua: no bodies in " .. file) end
   counter = 0
   statuses = {}
   wrk.method = "POST"
   wrk.path = "/articles"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["X-Api-Key"] = key
end

function request()
   counter = counter + 1
   local tag = string.format("%s-t%d-%d", run, tid, counter)
   local body = string.format('{"title":"Bench article %s: talks resume","body":"Bench item %s. %s","source":"bench"}',
      tag, tag, bodies[(counter % #bodies) + 1])
   return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses") or {}
      for status, n in pairs(counts) do total[status] = (total[status] or 0) + n end
   end
   local keys = {}
   for status in pairs(total) do keys[#keys + 1] = status end
   table.sort(keys)
   local parts = {}
   for _, status in ipairs(keys) do parts[#parts + 1] = status .. "=" .. total[status] end
   io.write("Status codes: " .. table.concat(parts, " ") .. "\n")
end
