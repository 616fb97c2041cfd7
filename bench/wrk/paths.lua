-- wrk script for bench/run: every request is a GET of a line of a file of request paths
-- (e.g. /articles/123, /articles?limit=20&cursor=..., /search?q=...), already URL-encoded: a random line each time,
-- or with "in-turn" the lines in order, each thread walking the whole list from its own starting line (threads start
-- half a list apart), so every line is read once per pass and nothing twice in a row.
-- usage: wrk ... -s bench/wrk/paths.lua URL -- PATHS_FILE [in-turn]
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   local file = args[1] or error("paths.lua: pass the paths file after --")
   paths = {}
   for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
   end
   if #paths == 0 then error("paths.lua: no paths in " .. file) end
   in_turn = args[2] == "in-turn"
   if args[2] ~= nil and not in_turn then error("paths.lua: the order after the file is 'in-turn' or nothing, not " .. args[2]) end
   -- thread 1 starts at the first line, thread 2 half-way, so two threads do not read the same line together
   next_index = (((tid or 1) - 1) * math.floor(#paths / 2)) % #paths
   math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
   for _ = 1, 10 do math.random() end
end

function request()
   if in_turn then
      next_index = next_index % #paths + 1
      return wrk.format("GET", paths[next_index])
   end
   return wrk.format("GET", paths[math.random(#paths)])
end
