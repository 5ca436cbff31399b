package io.unikv.internal.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.commands.GeoAddOptions;
import io.unikv.commands.GeoCoordinates;
import io.unikv.commands.GeoMember;
import io.unikv.commands.GeoResult;
import io.unikv.commands.GeoSearch;
import io.unikv.commands.GeoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link GeoCommandsImpl} through a real {@link RedisStore}: the contract every backend
 * meets, run once per backend by the subclasses. Expected positions and distances are
 * what {@code redis-server} 7.0 answers.
 *
 * @author unikv authors
 */
abstract class GeoCommandsImplIntegrationTests extends BackendTestSupport {

    private static final String KEY = "{g}sicily";

    @BeforeEach
    void sicily() {
        assertThat(this.store.geoadd(KEY, GeoMember.of("Palermo", 13.361389, 38.115556),
                GeoMember.of("Catania", 15.087269, 37.502669)))
            .isEqualTo(2);
    }

    @Test
    void geoaddOptions() {
        assertThat(this.store.geoadd(KEY, 13.361389, 38.115556, "Palermo")).isZero();
        assertThat(this.store.geoadd(KEY, GeoAddOptions.none().xx().ch(), GeoMember.of("Palermo", 13.5, 38.1),
                GeoMember.of("New", 1, 1)))
            .isEqualTo(1);
        assertThat(this.store.geoadd(KEY, GeoAddOptions.none().nx(), GeoMember.of("Palermo", 1, 1),
                GeoMember.of("Enna", 14.3, 37.56)))
            .isEqualTo(1);
        assertThat(this.store.zcard(KEY)).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> GeoAddOptions.none().nx().xx());
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.geoadd(KEY, 200, 100, "bad"))
            .withMessageContaining("ERR invalid longitude,latitude pair 200.000000,100.000000");
    }

    @Test
    void positionsAreCellCentres() {
        List<GeoCoordinates> positions = this.store.geopos(KEY, "Palermo", "Nowhere");
        assertThat(positions).hasSize(2);
        assertThat(positions.get(0)).isEqualTo(GeoCoordinates.of(13.36138933897018433, 38.11555639549629859));
        assertThat(positions.get(1)).isNull();
        assertThat(this.store.geopos("{g}missing", "a")).containsExactly((GeoCoordinates) null);
    }

    @Test
    void distancesAndHashes() {
        assertThat(this.store.geodist(KEY, "Palermo", "Catania")).isEqualTo(166274.1516);
        assertThat(this.store.geodist(KEY, "Palermo", "Catania", GeoUnit.KM)).isEqualTo(166.2742);
        assertThat(this.store.geodist(KEY, "Palermo", "Nowhere")).isNull();
        assertThat(this.store.geodist("{g}missing", "a", "b", GeoUnit.MI)).isNull();
        assertThat(this.store.geohash(KEY, "Palermo", "Catania", "Nowhere")).containsExactly("sqc8b49rny0",
                "sqdtr74hyu0", null);
    }

    @Test
    void geosearchWithEverything() {
        List<GeoResult> results = this.store.geosearch(KEY,
                GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc().withDist().withHash().withCoord());
        assertThat(results).containsExactly(
                new GeoResult("Catania", 56.4413, 3479447370796909L,
                        GeoCoordinates.of(15.08726745843887329, 37.50266842333162032)),
                new GeoResult("Palermo", 190.4424, 3479099956230698L,
                        GeoCoordinates.of(13.36138933897018433, 38.11555639549629859)));
    }

    @Test
    void geosearchShapesAndLimits() {
        assertThat(
                this.store.geosearch(KEY, GeoSearch.fromMember("Palermo").byBox(400, 400, GeoUnit.KM).desc().count(1)))
            .containsExactly(GeoResult.of("Catania"));
        assertThat(this.store.geosearch(KEY, GeoSearch.fromLonLat(15, 37).byRadius(100, GeoUnit.KM)))
            .containsExactly(GeoResult.of("Catania"));
        assertThat(this.store.geosearch(KEY, GeoSearch.fromLonLat(15, 37).byRadius(500, GeoUnit.KM).countAny(1)))
            .hasSize(1);
        assertThat(this.store.geosearch("{g}missing", GeoSearch.fromLonLat(15, 37).byRadius(1, GeoUnit.M))).isEmpty();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.geosearch(KEY, GeoSearch.fromMember("Nowhere").byRadius(1, GeoUnit.KM)))
            .withMessageContaining("could not decode requested zset member");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> GeoSearch.fromLonLat(0, 0).byRadius(1, GeoUnit.M).count(0));
    }

    @Test
    void geosearchstore() {
        GeoSearch search = GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc();
        assertThat(this.store.geosearchstore("{g}dst", KEY, search, false)).isEqualTo(2);
        assertThat(this.store.geopos("{g}dst", "Catania").get(0))
            .isEqualTo(GeoCoordinates.of(15.08726745843887329, 37.50266842333162032));
        assertThat(this.store.geosearchstore("{g}dist", KEY, search.count(1), true)).isEqualTo(1);
        assertThat(this.store.zrange("{g}dist", io.unikv.commands.ZRangeSpec.all())).containsExactly("Catania");
        assertThat(this.store.geosearchstore("{g}dist", KEY, GeoSearch.fromLonLat(0, 0).byRadius(1, GeoUnit.M), true))
            .isZero();
        assertThat(this.store.exists("{g}dist")).isZero();
    }

    @Test
    void georadiusForms() {
        assertThat(this.store.georadius(KEY, GeoSearch.fromLonLat(15, 37).byRadius(100, GeoUnit.KM).withDist()))
            .containsExactly(new GeoResult("Catania", 56.4413, null, null));
        assertThat(this.store.georadius(KEY, GeoSearch.fromMember("Palermo").byRadius(200, GeoUnit.KM).asc()))
            .containsExactly(GeoResult.of("Palermo"), GeoResult.of("Catania"));
        assertThat(this.store.georadiusStore(KEY, GeoSearch.fromMember("Palermo").byRadius(200, GeoUnit.KM), "{g}near",
                false))
            .isEqualTo(2);
        assertThat(this.store.zcard("{g}near")).isEqualTo(2);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.georadius(KEY, GeoSearch.fromLonLat(1, 1).byBox(1, 1, GeoUnit.KM)));
    }

    @Test
    void wrongType() {
        this.store.set("{g}s", "x");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.geopos("{g}s", "a"))
            .withMessageStartingWith("WRONGTYPE");
    }

    @Test
    void asyncViewAndPipeline() {
        assertThat(this.store.async().geodist(KEY, "Palermo", "Catania", GeoUnit.KM).join()).isEqualTo(166.2742);
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Long> added = batch.geoadd(KEY, 14.3, 37.56, "Enna");
        CompletableFuture<List<String>> hashes = batch.geohash(KEY, "Catania");
        CompletableFuture<List<GeoResult>> found = batch.geosearch(KEY,
                GeoSearch.fromMember("Enna").byRadius(10, GeoUnit.KM));
        batch.exec();
        assertThat(added.join()).isEqualTo(1);
        assertThat(hashes.join()).containsExactly("sqdtr74hyu0");
        assertThat(found.join()).containsExactly(GeoResult.of("Enna"));
    }

    @Test
    void transaction() {
        RedisBatch multi = this.store.multi();
        CompletableFuture<List<GeoCoordinates>> positions = multi.geopos(KEY, "Catania");
        CompletableFuture<Long> stored = multi.geosearchstore("{g}tx", KEY,
                GeoSearch.fromMember("Catania").byRadius(10, GeoUnit.KM), true);
        CompletableFuture<Double> distance = multi.geodist(KEY, "Palermo", "Catania", GeoUnit.MI);
        multi.exec();
        assertThat(positions.join()).containsExactly(GeoCoordinates.of(15.08726745843887329, 37.50266842333162032));
        assertThat(stored.join()).isEqualTo(1);
        assertThat(distance.join()).isEqualTo(103.3182);
    }

}
