// Drives a unikv test server with the official @upstash/redis client. Each scenario prints
// one line, "SCENARIO <name> <JSON of what it observed or the error it threw>", and
// UpstashClientIntegrationTests asserts it. Env: UNIKV_URL, UNIKV_TOKEN, UNIKV_RO_TOKEN,
// UNIKV_SCENARIOS (optional comma-separated subset).
const { Redis } = require("@upstash/redis");

const url = process.env.UNIKV_URL;
const options = { url, enableTelemetry: false, retry: false };
const redis = new Redis({ ...options, token: process.env.UNIKV_TOKEN });
const wanted = new Set((process.env.UNIKV_SCENARIOS || "").split(",").filter((s) => s));

const scenarios = {
  async autoPipelining() {
    const before = redis.pipelineCounter;
    const set = await redis.set("ap:k", "v");
    const get = await redis.get("ap:k");
    const incrs = await Promise.all([redis.incr("ap:c"), redis.incr("ap:c"), redis.incr("ap:c")]);
    return { set, get, incrs, pipelines: redis.pipelineCounter - before };
  },
  async noAutoPipelining() {
    const plain = new Redis({ ...options, token: process.env.UNIKV_TOKEN, enableAutoPipelining: false });
    return { set: await plain.set("nap:k", "v"), get: await plain.get("nap:k"), incr: await plain.incr("nap:c") };
  },
  async responseEncoding() {
    const raw = new Redis({ ...options, token: process.env.UNIKV_TOKEN, responseEncoding: false });
    // "abcd" and "PONG" are valid base64: only a server that encodes keeps them intact
    await redis.set("enc:k", "abcd");
    await redis.set("enc:u", "héllo ✓");
    return {
      base64: [await redis.get("enc:k"), await redis.get("enc:u"), await redis.ping()],
      plain: [await raw.get("enc:k"), await raw.get("enc:u"), await raw.ping()],
      echo: await redis.echo("OK"),
      mget: await redis.mget("enc:k", "enc:missing", "enc:u"),
    };
  },
  async pipeline() {
    const p = redis.pipeline();
    p.set("pl:k", "v");
    p.get("pl:k");
    p.incr("pl:c");
    p.incrbyfloat("pl:f", 1.5);
    p.exists("pl:k", "pl:none");
    return p.exec();
  },
  async multi() {
    const tx = redis.multi();
    tx.set("tx:k", "1");
    tx.incr("tx:k");
    tx.get("tx:k");
    tx.del("tx:k");
    return tx.exec();
  },
  async keepErrors() {
    await redis.set("ke:text", "not a number");
    const p = redis.pipeline();
    p.incr("ke:text");
    p.get("ke:text");
    const kept = await p.exec({ keepErrors: true });
    let thrown;
    try {
      const q = redis.pipeline();
      q.get("ke:text");
      q.incr("ke:text");
      await q.exec();
    } catch (e) {
      thrown = e.message;
    }
    return { kept, thrown };
  },
  async jsonObject() {
    const value = { name: "unikv", tags: ["a", "b"], nested: { n: 1.5, ok: true } };
    const set = await redis.set("json:k", value, { ex: 100 });
    return { set, get: await redis.get("json:k"), ttl: await redis.ttl("json:k") };
  },
  async incr() {
    return {
      incr: await redis.incr("n:c"),
      incrby: await redis.incrby("n:c", 41),
      decr: await redis.decr("n:c"),
      incrbyfloat: await redis.incrbyfloat("n:f", 0.5),
    };
  },
  async hashes() {
    const hset = await redis.hset("h:k", { a: "1", b: "text", c: { x: 1 } });
    return { hset, hgetall: await redis.hgetall("h:k"), hget: await redis.hget("h:k", "b") };
  },
  async sortedSets() {
    const zadd = await redis.zadd("z:k", { score: 1, member: "one" }, { score: 2.5, member: "two" });
    return {
      zadd,
      zrange: await redis.zrange("z:k", 0, -1, { withScores: true }),
      zscore: await redis.zscore("z:k", "two"),
    };
  },
  async streams() {
    const k = "st:s";
    const added = [
      await redis.xadd(k, "1-1", { a: "1", b: "text" }),
      await redis.xadd(k, "1-*", { a: 2 }),
      await redis.xadd(k, "2-0", { a: 3 }, { trim: { type: "MAXLEN", threshold: 5, comparison: "=" } }),
      await redis.xadd(k, "3-0", { a: 4 }, { nomkStream: true }),
      await redis.xadd("st:none", "1-1", { a: 1 }, { nomkStream: true }),
    ];
    const group = await redis.xgroup(k, { type: "CREATE", group: "g", id: "0" });
    const readgroup = await redis.xreadgroup("g", "alice", k, ">", { count: 2 });
    // idle times vary: keep ID, consumer and delivery count
    const pending = (await redis.xpending(k, "g", "-", "+", 10)).map((p) => [p[0], p[1], p[3]]);
    let blockError;
    try {
      await redis.xread(k, "$", { blockMS: 10 });
    } catch (e) {
      blockError = e.message;
    }
    return {
      added,
      range: await redis.xrange(k, "-", "+"),
      revrange: await redis.xrevrange(k, "+", "-", 2),
      len: await redis.xlen(k),
      group,
      readgroup,
      read: await redis.xread(k, "2-0"),
      pending,
      claim: await redis.xclaim(k, "g", "bob", 0, "1-1", { justId: true }),
      autoclaim: await redis.xautoclaim(k, "g", "carol", 0, "0", { count: 1 }),
      ack: await redis.xack(k, "g", ["1-1", "1-2"]),
      del: await redis.xdel(k, "3-0"),
      trim: await redis.xtrim(k, { strategy: "MAXLEN", threshold: 1, exactness: "=" }),
      groups: await redis.xinfo(k, { type: "GROUPS" }),
      blockError,
    };
  },
  async readOnly() {
    const ro = new Redis({ ...options, token: process.env.UNIKV_RO_TOKEN });
    await redis.set("ro:k", "v");
    let setError;
    try {
      await ro.set("ro:k", "w");
    } catch (e) {
      setError = e.message;
    }
    return { get: await ro.get("ro:k"), setError };
  },
  async syncToken() {
    const client = new Redis({ ...options, token: process.env.UNIKV_TOKEN });
    await client.set("st:k", "1");
    const first = client.readYourWritesSyncToken;
    await client.get("st:k");
    const afterRead = client.readYourWritesSyncToken;
    await client.set("st:k", "2");
    const second = client.readYourWritesSyncToken;
    await Promise.all([client.set("st:a", "1"), client.set("st:b", "2")]);
    const third = client.readYourWritesSyncToken;
    client.readYourWritesSyncToken = "my-new-sync-token";
    const setWithForeignToken = await client.set("st:k", "3");
    const last = client.readYourWritesSyncToken;
    return {
      firstIsNumber: /^[0-9]+$/.test(first),
      unchangedByRead: afterRead === first,
      grewWithSet: Number(second) > Number(first),
      grewWithPipeline: Number(third) > Number(second),
      setWithForeignToken,
      replacedForeignToken: last !== "my-new-sync-token" && Number(last) > Number(third),
    };
  },

  async replicaRegion() {
    // a read replica 60 s behind: writes are forwarded to the primary; the client's
    // sync token makes its own reads wait for (or fall back to) the primary
    const replica = { url: process.env.UNIKV_REPLICA_URL, token: process.env.UNIKV_TOKEN, enableTelemetry: false };
    const writer = new Redis(replica);
    const set = await writer.set("region:k", "v");
    const readYourWrites = await writer.get("region:k");
    const eventual = await new Redis({ ...replica, readYourWrites: false }).get("region:k");
    const handedOn = new Redis(replica);
    handedOn.readYourWritesSyncToken = writer.readYourWritesSyncToken;
    const withHandedToken = await handedOn.get("region:k");
    return { set, readYourWrites, eventual, withHandedToken };
  },
};

(async () => {
  for (const [name, run] of Object.entries(scenarios)) {
    if (wanted.size > 0 && !wanted.has(name)) {
      continue;
    }
    let result;
    try {
      result = await run();
    } catch (e) {
      result = { thrown: String((e && e.message) || e) };
    }
    console.log("SCENARIO " + name + " " + JSON.stringify(result));
  }
})();
