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
  async bitmaps() {
    const setbit = [await redis.setbit("bm:k", 7, 1), await redis.setbit("bm:k", 7, 0), await redis.setbit("bm:k", 9, 1)];
    const getbit = [await redis.getbit("bm:k", 9), await redis.getbit("bm:k", 100)];
    await redis.set("bm:s", "foobar");
    // the auto-pipelining proxy does not wrap the BITFIELD builder: use a plain client
    const plain = new Redis({ ...options, token: process.env.UNIKV_TOKEN, enableAutoPipelining: false });
    const bitfield = await plain.bitfield("bm:f").set("i8", 0, -100).get("u8", 0).incrby("u4", "#1", 20)
      .overflow("SAT").incrby("u2", 100, 7).get("i8", 0).exec();
    return {
      setbit,
      getbit,
      bitcount: [await redis.bitcount("bm:s"), await redis.bitcount("bm:s", 1, 1)],
      bitpos: [await redis.bitpos("bm:k", 1), await redis.bitpos("bm:s", 0, 1, -1)],
      bitop: [await redis.bitop("or", "bm:or", "bm:s", "bm:k"), await redis.bitop("not", "bm:not", "bm:k")],
      or: await redis.get("bm:or"),
      bitfield,
    };
  },
  async hyperLogLog() {
    const elements = Array.from({ length: 1000 }, (_, i) => "e" + i);
    const pfadd = [await redis.pfadd("hll:a", ...elements), await redis.pfadd("hll:a", "e1"),
      await redis.pfadd("hll:b", "x", "y", "e1")];
    const counts = [await redis.pfcount("hll:a"), await redis.pfcount("hll:b"), await redis.pfcount("hll:a", "hll:b")];
    const pfmerge = await redis.pfmerge("hll:m", "hll:a", "hll:b");
    let wrongType;
    await redis.set("hll:s", "plain");
    try {
      await redis.pfadd("hll:s", "a");
    } catch (e) {
      wrongType = e.message;
    }
    return { pfadd, counts, pfmerge, merged: await redis.pfcount("hll:m"), wrongType };
  },
  async geo() {
    const geoadd = await redis.geoadd("geo:k", { longitude: 13.361389, latitude: 38.115556, member: "Palermo" },
      { longitude: 15.087269, latitude: 37.502669, member: "Catania" });
    const again = await redis.geoadd("geo:k", { ch: true }, { longitude: 13.5, latitude: 38.1, member: "Palermo" },
      { longitude: 15.087269, latitude: 37.502669, member: "Catania" });
    return {
      geoadd: [geoadd, again],
      geopos: await redis.geopos("geo:k", "Catania", "Nowhere"),
      geodist: [await redis.geodist("geo:k", "Palermo", "Catania"), await redis.geodist("geo:k", "Palermo", "Catania", "KM"),
        await redis.geodist("geo:k", "Palermo", "Nowhere")],
      geohash: await redis.geohash("geo:k", "Palermo", "Catania", "Nowhere"),
      byRadius: await redis.geosearch("geo:k", { type: "FROMLONLAT", coordinate: { lon: 15, lat: 37 } },
        { type: "BYRADIUS", radius: 200, radiusType: "KM" }, "ASC", { withDist: true, withCoord: true, withHash: true }),
      byBox: await redis.geosearch("geo:k", { type: "FROMMEMBER", member: "Palermo" },
        { type: "BYBOX", rect: { width: 400, height: 400 }, rectType: "KM" }, "DESC", { count: { limit: 1 } }),
      store: await redis.geosearchstore("geo:dst", "geo:k", { type: "FROMLONLAT", coordinate: { lon: 15, lat: 37 } },
        { type: "BYRADIUS", radius: 200, radiusType: "KM" }, "ASC", { storeDist: true }),
      stored: await redis.zrange("geo:dst", 0, -1),
    };
  },
  async bitsPipeline() {
    const p = redis.pipeline();
    p.setbit("bp:b", 3, 1);
    p.bitcount("bp:b");
    p.bitpos("bp:b", 1);
    p.pfadd("bp:h", "a", "b", "c");
    p.pfcount("bp:h");
    p.geoadd("bp:g", { longitude: 2.3522, latitude: 48.8566, member: "Paris" },
      { longitude: -0.1276, latitude: 51.5072, member: "London" });
    p.geodist("bp:g", "Paris", "London", "KM");
    p.geohash("bp:g", "Paris");
    const tx = redis.multi();
    tx.pfadd("bp:t", "x");
    tx.pfmerge("bp:t2", "bp:t");
    tx.pfcount("bp:t2");
    tx.geosearch("bp:g", { type: "FROMMEMBER", member: "Paris" }, { type: "BYRADIUS", radius: 400, radiusType: "KM" },
      "ASC", { withDist: true });
    return { pipeline: await p.exec(), multi: await tx.exec() };
  },
  async bitsErrors() {
    const plain = new Redis({ ...options, token: process.env.UNIKV_TOKEN, enableAutoPipelining: false });
    const failed = await plain.bitfield("be:f").overflow("FAIL").incrby("u8", 0, 300).get("u8", 0).exec();
    const errors = {};
    for (const [name, run] of Object.entries({
      geoadd: () => redis.geoadd("be:g", { longitude: 200, latitude: 100, member: "x" }),
      geosearch: () => redis.geosearch("be:g2", { type: "FROMMEMBER", member: "nobody" },
        { type: "BYRADIUS", radius: 1, radiusType: "KM" }, "ASC"),
      bitop: () => redis.bitop("not", "be:d", "be:a", "be:b"),
    })) {
      try {
        errors[name] = await run();
      } catch (e) {
        errors[name] = e.message;
      }
    }
    await redis.geoadd("be:g2", { longitude: 1, latitude: 1, member: "a" });
    try {
      // the auto-pipelining client runs GEOSEARCH's deserializer on error replies too
      errors.missingMember = await plain.geosearch("be:g2", { type: "FROMMEMBER", member: "nobody" },
        { type: "BYRADIUS", radius: 1, radiusType: "KM" }, "ASC");
    } catch (e) {
      errors.missingMember = e.message;
    }
    return { failed, errors };
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

  async redisJson() {
    // every JSON method the client exposes, through the REST endpoint
    const k = "rj:doc";
    const r = {};
    r.set = await redis.json.set(k, "$", { name: "unikv", n: 1, tags: ["a"], nested: { ok: true, s: "x" } });
    r.setNx = await redis.json.set(k, "$", { other: 1 }, { nx: true });
    r.setMember = await redis.json.set(k, "$.added", 2.5);
    r.get = await redis.json.get(k);
    r.getPaths = await redis.json.get(k, "$.name", "$.n");
    r.getIndent = await redis.json.get(k, { indent: "  ", newline: "\n", space: " " }, "$.nested");
    r.type = await redis.json.type(k, "$.tags");
    r.numincrby = await redis.json.numincrby(k, "$.n", 2);
    r.nummultby = await redis.json.nummultby(k, "$.added", 2);
    r.strappend = await redis.json.strappend(k, "$.nested.s", '"yz"');
    r.strlen = await redis.json.strlen(k, "$.nested.s");
    r.toggle = await redis.json.toggle(k, "$.nested.ok");
    r.arrappend = await redis.json.arrappend(k, "$.tags", '"b"', '"c"');
    r.arrinsert = await redis.json.arrinsert(k, "$.tags", 0, '"z"');
    r.arrindex = await redis.json.arrindex(k, "$.tags", '"b"');
    r.arrlen = await redis.json.arrlen(k, "$.tags");
    r.arrpop = await redis.json.arrpop(k, "$.tags", 0);
    r.arrtrim = await redis.json.arrtrim(k, "$.tags", 0, 1);
    r.objkeys = await redis.json.objkeys(k, "$.nested");
    r.objlen = await redis.json.objlen(k, "$");
    r.merge = await redis.json.merge(k, "$", { added: null, merged: { deep: [1] } });
    // 1.39.0's mset spreads its arguments into the triplet list: pass triplets, not an array
    r.mset = await redis.json.mset({ key: "rj:a", path: "$", value: { v: 1 } }, { key: "rj:b", path: "$", value: { v: 2 } });
    r.mget = await redis.json.mget(["rj:a", "rj:b", "rj:none"], "$.v");
    r.resp = await redis.json.resp("rj:a", "$.v");
    r.clear = await redis.json.clear("rj:a", "$.v");
    r.del = await redis.json.del(k, "$.merged");
    r.forget = await redis.json.forget("rj:b", "$");
    r.final = await redis.json.get(k);
    try {
      await redis.json.set("rj:new", "$.x", 1);
    } catch (e) {
      r.error = e.message;
    }
    const ro = new Redis({ ...options, token: process.env.UNIKV_RO_TOKEN });
    try {
      await ro.json.set(k, "$.n", 0);
    } catch (e) {
      r.readOnly = e.message;
    }
    const p = redis.pipeline();
    p.json.set("rj:p", "$", [1, 2]);
    p.json.arrappend("rj:p", "$", 3);
    p.json.get("rj:p", "$[*]");
    r.pipeline = await p.exec();
    return r;
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
