// Drives the REST pub/sub streams (/subscribe, /psubscribe) of a unikv test server with the
// official @upstash/redis client. Each scenario prints one line,
// "SCENARIO <name> <JSON of what it observed or the error it threw>", and
// UpstashPubSubIntegrationTests asserts it. Env: UNIKV_URL, UNIKV_TOKEN.
const { Redis } = require("@upstash/redis");

const url = process.env.UNIKV_URL;
const token = process.env.UNIKV_TOKEN;
const redis = new Redis({ url, token, enableTelemetry: false, retry: false });

async function until(what, condition) {
  const deadline = Date.now() + 10000;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error("timed out waiting for " + what);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// PUBSUB NUMSUB through the path form, outside the client's command set
async function numsub(channel) {
  const response = await fetch(url + "/pubsub/numsub/" + encodeURIComponent(channel), {
    headers: { Authorization: "Bearer " + token },
  });
  return (await response.json()).result[1];
}

const scenarios = {
  async subscribe() {
    const events = [];
    const sub = redis.subscribe(["news"]);
    sub.on("subscribe", (count) => events.push(["subscribe", count]));
    sub.on("message", (m) => events.push(["message", m.channel, m.message]));
    sub.on("message:news", (m) => events.push(["message:news", m.message]));
    await until("the subscription", async () => (await numsub("news")) === 1);
    const receivers = [await redis.publish("news", "hello, world"), await redis.publish("news", { a: 1, b: [2] })];
    await until("two messages", async () => events.filter((e) => e[0] === "message").length === 2);
    await sub.unsubscribe();
    await until("the stream to close", async () => (await numsub("news")) === 0);
    return { receivers, events, after: await numsub("news") };
  },
  async psubscribe() {
    const events = [];
    const sub = redis.psubscribe(["ne*"]);
    sub.on("psubscribe", (count) => events.push(["psubscribe", count]));
    sub.on("pmessage", (m) => events.push(["pmessage", m.pattern, m.channel, m.message]));
    sub.on("error", (e) => events.push(["error", e.message]));
    // the client JSON.parses pattern messages strictly: publish JSON values
    await until("the pattern subscription", async () => (await redis.publish("nexus", { probe: 1 })) === 1);
    await redis.publish("news", [1, "a,b"]);
    await redis.publish("other", { ignored: true });
    await until("the second message", async () => events.filter((e) => e[0] === "pmessage").length === 2);
    await sub.unsubscribe();
    await until("the stream to close", async () => (await redis.publish("nexus", 0)) === 0);
    return { events };
  },
  async severalChannels() {
    const seen = [];
    const sub = redis.subscribe(["c1", "c2"]);
    sub.on("message", (m) => seen.push(m.channel + "=" + m.message));
    await until("both subscriptions", async () => (await numsub("c1")) === 1 && (await numsub("c2")) === 1);
    await redis.publish("c1", "x");
    await redis.publish("c2", "y");
    await until("both messages", async () => seen.length === 2);
    await sub.unsubscribe(["c1"]);
    await until("c1 to close", async () => (await numsub("c1")) === 0);
    const channels = sub.getSubscribedChannels();
    const stillOpen = await numsub("c2");
    await sub.unsubscribe();
    await until("c2 to close", async () => (await numsub("c2")) === 0);
    return { seen: seen.sort(), channels, stillOpen };
  },
};

(async () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    let result;
    try {
      result = await scenario();
    } catch (error) {
      result = { error: String(error && error.message ? error.message : error) };
    }
    console.log("SCENARIO " + name + " " + JSON.stringify(result));
  }
  process.exit(0);
})();
