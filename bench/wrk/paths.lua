-- wrk script for bench/run: every request is a GET of a random line of a file of request paths
-- (e.g. /articles/123, /articles?limit=20&cursor=..., /search?q=...), already URL-encoded.
-- usage: wrk ... -s bench/wrk/paths.lua URL -- PATHS_FILE
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
   math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
   for _ = 1, 10 do math.random() end
end

function request()
   return wrk.format("GET", paths[math.random(#paths)])
end
