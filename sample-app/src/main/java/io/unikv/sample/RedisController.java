package io.unikv.sample;

import java.util.List;
import java.util.Map;

import io.unikv.RedisStore;
import io.unikv.commands.ScoredValue;
import io.unikv.commands.ZRangeSpec;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Redis profile over HTTP: counters and leaderboards.
 *
 * @author unikv authors
 */
@RestController
class RedisController {

    private final RedisStore redis;

    RedisController(RedisStore redis) {
        this.redis = redis;
    }

    @PostMapping("/counters/{name}")
    Map<String, Object> increment(@PathVariable String name) {
        return Map.of("name", name, "value", this.redis.incr("counter:" + name));
    }

    @PostMapping("/leaderboards/{board}")
    Map<String, Object> score(@PathVariable String board, @RequestBody Score score) {
        double total = this.redis.zincrBy("leaderboard:" + board, score.points(), score.player());
        return Map.of("player", score.player(), "score", total);
    }

    @GetMapping("/leaderboards/{board}")
    List<ScoredValue<String>> top(@PathVariable String board, @RequestParam(defaultValue = "10") int top) {
        return this.redis.zrangeWithScores("leaderboard:" + board, ZRangeSpec.byIndex(0, top - 1).reversed());
    }

    /**
     * Points for a player.
     *
     * @param player the player
     * @param points the points to add
     */
    record Score(String player, double points) {
    }

}
