-- wrk script for bench/run: the request paths of a file read in turn, not at random: each thread walks the whole
-- list in order from its own starting line (threads start half a list apart), each request taking the next line, so
-- every article of a corpus is read once per pass and nothing is read twice in a row.
-- usage: wrk ... -s bench/wrk/inturn.lua URL -- PATHS_FILE
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   local file = args[1] or error("inturn.lua: pass the paths file after --")
   paths = {}
   for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
   end
   if #paths == 0 then error("inturn.lua: no paths in " .. file) end
   -- thread 1 starts at the first line, thread 2 half-way, so two threads do not read the same article together
   next_index = (((tid or 1) - 1) * math.floor(#paths / 2)) % #paths
end

function request()
   next_index = next_index % #paths + 1
   return wrk.format("GET", paths[next_index])
end
