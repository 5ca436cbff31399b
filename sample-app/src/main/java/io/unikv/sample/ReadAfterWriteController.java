package io.unikv.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.unikv.Consistency;
import io.unikv.RedisStore;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows what read-your-writes buys: writes a fresh value (to the primary region) and
 * reads it back at once from the local read region, once with eventual consistency and
 * once with read-your-writes. With replica lag, the eventual read usually misses the
 * write.
 *
 * @author unikv authors
 */
@RestController
class ReadAfterWriteController {

    private final RedisStore store;

    private final Transport transport;

    ReadAfterWriteController(RedisStore store, Transport transport) {
        this.store = store;
        this.transport = transport;
    }

    @PostMapping("/demo/read-after-write")
    Map<String, Object> readAfterWrite() {
        String key = "demo:" + UUID.randomUUID();
        String written = "written at " + System.currentTimeMillis();
        this.store.set(key, written);
        String eventual = this.store.withConsistency(Consistency.EVENTUAL).get(key);
        String readYourWrites = this.store.withConsistency(Consistency.READ_YOUR_WRITES).get(key);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("key", key);
        result.put("written", written);
        result.put("eventual", eventual);
        result.put("eventualSawTheWrite", written.equals(eventual));
        result.put("readYourWrites", readYourWrites);
        result.put("readYourWritesSawTheWrite", written.equals(readYourWrites));
        result.put("syncToken", String.valueOf(this.store.syncToken()));
        if (this.transport instanceof RegionalTransport regions) {
            result.put("regions", regions.regions());
        }
        return result;
    }

}
