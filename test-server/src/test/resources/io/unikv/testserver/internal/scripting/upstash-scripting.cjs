// Drives a unikv test server's REST endpoint with @upstash/ratelimit and the scripting API
// of @upstash/redis. Each scenario prints one line, "SCENARIO <name> <JSON>", and
// UpstashScriptingIntegrationTests asserts it. Env: UNIKV_URL, UNIKV_TOKEN.
const { Redis } = require("@upstash/redis");
const { Ratelimit, MultiRegionRatelimit } = require("@upstash/ratelimit");

const redis = new Redis({ url: process.env.UNIKV_URL, token: process.env.UNIKV_TOKEN, enableTelemetry: false });

function limiter(prefix, algorithm) {
  return new Ratelimit({ redis, limiter: algorithm, prefix, analytics: false, ephemeralCache: false });
}

async function sequence(rl, id, count) {
  const results = [];
  for (let i = 0; i < count; i++) {
    const r = await rl.limit(id);
    results.push([r.success, r.remaining, r.limit, r.reset > Date.now() - 1000]);
  }
  return results;
}

async function lifecycle(rl, id, count) {
  const calls = await sequence(rl, id, count);
  const remaining = await rl.getRemaining(id);
  await rl.resetUsedTokens(id);
  const afterReset = await rl.getRemaining(id);
  const again = await rl.limit(id);
  return {
    calls,
    remaining: [remaining.remaining, remaining.limit, remaining.reset > 0],
    afterReset: [afterReset.remaining, afterReset.limit],
    again: [again.success, again.remaining],
  };
}

async function concurrent(rl, id, callers) {
  const results = await Promise.all(Array.from({ length: callers }, () => rl.limit(id)));
  return results.filter((r) => r.success).length;
}

const scenarios = {
  async fixedWindow() {
    return lifecycle(limiter("fw", Ratelimit.fixedWindow(5, "60 s")), "user", 7);
  },
  async slidingWindow() {
    return lifecycle(limiter("sw", Ratelimit.slidingWindow(5, "60 s")), "user", 7);
  },
  async tokenBucket() {
    return lifecycle(limiter("tb", Ratelimit.tokenBucket(1, "60 s", 3)), "user", 5);
  },
  async concurrentCallers() {
    return {
      fixedWindow: await concurrent(limiter("cfw", Ratelimit.fixedWindow(10, "60 s")), "many", 50),
      slidingWindow: await concurrent(limiter("csw", Ratelimit.slidingWindow(10, "60 s")), "many", 50),
      tokenBucket: await concurrent(limiter("ctb", Ratelimit.tokenBucket(1, "60 s", 10)), "many", 50),
    };
  },
  async separateIdentifiers() {
    const rl = limiter("ids", Ratelimit.fixedWindow(1, "60 s"));
    return [(await rl.limit("a")).success, (await rl.limit("b")).success, (await rl.limit("a")).success];
  },
  async multiRegion() {
    const successes = async (algorithm, prefix) => {
      const rl = new MultiRegionRatelimit({ redis: [redis], limiter: algorithm, prefix, analytics: false,
        ephemeralCache: false });
      const results = [];
      for (let i = 0; i < 5; i++) {
        const r = await rl.limit("user");
        await r.pending;
        results.push(r.success);
      }
      return results;
    };
    return {
      fixedWindow: await successes(MultiRegionRatelimit.fixedWindow(3, "60 s"), "mrfw"),
      slidingWindow: await successes(MultiRegionRatelimit.slidingWindow(3, "60 s"), "mrsw"),
    };
  },
  async cachedFixedWindow() {
    const rl = new Ratelimit({ redis, limiter: Ratelimit.cachedFixedWindow(3, "60 s"), prefix: "cfw",
      analytics: false, ephemeralCache: new Map() });
    const results = [];
    for (let i = 0; i < 5; i++) {
      const r = await rl.limit("user");
      await r.pending;
      results.push([r.success, r.remaining]);
    }
    return results;
  },
  async rateAndBlockUntilReady() {
    const rl = limiter("rate", Ratelimit.fixedWindow(3, "60 s"));
    const weighted = await rl.limit("w", { rate: 2 });
    const tooHeavy = await rl.limit("w", { rate: 2 });
    const ready = await rl.blockUntilReady("b", 1000);
    return [[weighted.success, weighted.remaining], [tooHeavy.success, tooHeavy.remaining],
      [ready.success, ready.remaining]];
  },
  async evalAndEvalsha() {
    const evalResult = await redis.eval("return {KEYS[1], ARGV[1], 3, 2.5}", ["k"], ["v"]);
    const sha = await redis.scriptLoad("return redis.call('incrby', KEYS[1], ARGV[1])");
    const evalsha = [await redis.evalsha(sha, ["n"], [2]), await redis.evalsha(sha, ["n"], [3])];
    const exists = await redis.scriptExists(sha, "ffffffffffffffffffffffffffffffffffffffff");
    let noscript;
    try {
      await redis.evalsha("ffffffffffffffffffffffffffffffffffffffff", [], []);
    } catch (e) {
      noscript = String(e.message);
    }
    let scriptError;
    try {
      await redis.eval("return redis.call('incr', KEYS[1])", ["notanumber"], []);
    } catch (e) {
      scriptError = String(e.message);
    }
    const readOnly = await redis.evalRo("return redis.call('get', KEYS[1])", ["n"], []);
    return { evalResult, shaLength: sha.length, evalsha, exists, noscript, scriptError, readOnly };
  },
  async functions() {
    const code = "#!lua name=upstashlib\n"
      + "redis.register_function('ufincr', function(keys, args) return redis.call('incrby', keys[1], args[1]) end)\n"
      + "redis.register_function{function_name='ufget', callback=function(keys) return redis.call('get', keys[1]) end, "
      + "flags={'no-writes'}, description='reads'}";
    const loaded = await redis.functions.load({ code });
    const call = await redis.functions.call("ufincr", ["fk"], ["5"]);
    const callRo = await redis.functions.callRo("ufget", ["fk"]);
    const list = await redis.functions.list({ libraryName: "upstash*", withCode: true });
    const stats = await redis.functions.stats();
    let replaceError;
    try {
      await redis.functions.load({ code });
    } catch (e) {
      replaceError = String(e.message);
    }
    const replaced = await redis.functions.load({ code, replace: true });
    const deleted = await redis.functions.delete("upstashlib");
    const flushed = await redis.functions.flush();
    return {
      loaded, call, callRo, replaceError, replaced, deleted, flushed, stats,
      list: list.map((l) => ({ name: l.libraryName, engine: l.engine, codeMatches: l.libraryCode === code,
        functions: l.functions.map((f) => [f.name, f.description ?? null, f.flags]).sort() })),
    };
  },
  async createScript() {
    const script = redis.createScript("return {ARGV[1], #KEYS}");
    const first = await script.exec(["a", "b"], ["hello"]);
    const second = await script.exec([], ["again"]);
    const loaded = await redis.scriptExists(script.sha1);
    const json = redis.createScript("return cjson.encode({n = tonumber(ARGV[1]), list = {1, 2}})");
    return { first, second, loaded, json: await json.exec([], ["7"]) };
  },
};

// Fixed and sliding windows are aligned to the epoch: a scenario that straddles a window's
// end sees its counter start again. Start each one at least 10 s before a 60 s window ends.
async function awayFromWindowEdge() {
  while (Date.now() % 60000 > 50000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

(async () => {
  await redis.set("notanumber", "abc");
  for (const [name, run] of Object.entries(scenarios)) {
    await awayFromWindowEdge();
    let result;
    try {
      result = await run();
    } catch (e) {
      result = { thrown: String((e && e.message) || e) };
    }
    console.log("SCENARIO " + name + " " + JSON.stringify(result));
  }
})();
