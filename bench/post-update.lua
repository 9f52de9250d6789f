-- wrk script: each request appends a progress update to one of the benchmark plan's actions, taken in turn, so
-- connections do not all queue on one action's row lock.
--   wrk ... -s bench/post-update.lua http://host:port -- <authorization header value> <action id,action id,...>
local authorization, ids = nil, {}
local next_index = 1

function init(args)
  authorization = args[1]
  for id in string.gmatch(args[2], "%d+") do
    ids[#ids + 1] = id
  end
  -- Each thread starts at its own place in the list.
  next_index = (math.random(#ids))
end

local body = '{"narrative":"Protocol agreed at the partnership meeting","status":"IN_PROGRESS",'
  .. '"rag":"AMBER","reason":"Health sign-off due in March"}'

function request()
  local id = ids[next_index]
  next_index = next_index % #ids + 1
  return wrk.format("POST", "/api/actions/" .. id .. "/updates",
    { ["Authorization"] = authorization, ["Content-Type"] = "application/json" }, body)
end
