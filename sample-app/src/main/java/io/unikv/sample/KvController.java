package io.unikv.sample;

import java.time.Duration;
import java.util.Map;

import io.unikv.KeyValueStore;
import io.unikv.KvEntry;
import io.unikv.KvListResult;
import io.unikv.ListOptions;
import io.unikv.PutOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KV profile over HTTP: put a value with optional metadata and TTL, get it with its
 * metadata, list keys by prefix with cursors.
 *
 * @author unikv authors
 */
@RestController
@RequestMapping("/kv")
class KvController {

    private final KeyValueStore kv;

    KvController(KeyValueStore kv) {
        this.kv = kv;
    }

    @PutMapping("/{key}")
    ResponseEntity<Void> put(@PathVariable String key, @RequestBody Entry entry) {
        PutOptions options = PutOptions.metadata(entry.metadata());
        if (entry.expirationTtl() != null) {
            options = PutOptions.expirationTtl(Duration.ofSeconds(entry.expirationTtl()))
                .withMetadata(entry.metadata());
        }
        this.kv.put(key, entry.value(), options);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{key}")
    ResponseEntity<KvEntry<String, Map>> get(@PathVariable String key) {
        KvEntry<String, Map> entry = this.kv.getWithMetadata(key, String.class, Map.class);
        return (entry.value() != null) ? ResponseEntity.ok(entry) : ResponseEntity.notFound().build();
    }

    @GetMapping
    KvListResult<Map> list(@RequestParam(defaultValue = "") String prefix,
            @RequestParam(defaultValue = "1000") int limit, @RequestParam(required = false) @Nullable String cursor) {
        return this.kv.list(ListOptions.prefix(prefix).withLimit(limit).withCursor(cursor), Map.class);
    }

    /**
     * A value to store.
     *
     * @param value the value
     * @param metadata metadata kept with it, or {@code null}
     * @param expirationTtl seconds until it expires (at least 60), or {@code null}
     */
    record Entry(String value, @Nullable Map<String, Object> metadata, @Nullable Long expirationTtl) {
    }

}
