package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link GeoSearch} and {@link GeoAddOptions}.
 *
 * @author unikv authors
 */
class GeoSearchTests {

    @Test
    void radiusSearchFromCoordinates() {
        GeoSearch search = GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM);
        assertThat(search.coordinates()).isEqualTo(GeoCoordinates.of(15, 37));
        assertThat(search.member()).isNull();
        assertThat(search.shapeArguments()).containsExactly("BYRADIUS", 200.0, "KM");
        assertThat(search.optionArguments(true)).isEmpty();
    }

    @Test
    void boxSearchFromMemberWithOptions() {
        GeoSearch search = GeoSearch.fromMember("Palermo")
            .byBox(400, 300, GeoUnit.MI)
            .desc()
            .countAny(5)
            .withHash()
            .withDist()
            .withCoord();
        assertThat(search.member()).isEqualTo("Palermo");
        assertThat(search.isBox()).isTrue();
        assertThat(search.shapeArguments()).containsExactly("BYBOX", 400.0, 300.0, "MI");
        assertThat(search.optionArguments(true)).containsExactly("DESC", "COUNT", 5L, "ANY", "WITHCOORD", "WITHDIST",
                "WITHHASH");
        assertThat(search.optionArguments(false)).containsExactly("DESC", "COUNT", 5L, "ANY");
        assertThat(search.hasCoord() && search.hasDist() && search.hasHash()).isTrue();
    }

    @Test
    void laterChoicesReplaceEarlierOnes() {
        GeoSearch search = GeoSearch.fromLonLat(0, 0).byRadius(1, GeoUnit.M).asc().countAny(3).desc().count(2);
        assertThat(search.optionArguments(true)).containsExactly("DESC", "COUNT", 2L);
        assertThatIllegalArgumentException().isThrownBy(() -> search.count(0));
    }

    @Test
    void geoaddOptions() {
        assertThat(GeoAddOptions.none().arguments()).isEmpty();
        assertThat(GeoAddOptions.none().ch().xx().arguments()).containsExactly("XX", "CH");
        assertThat(GeoAddOptions.none().nx().nx().arguments()).containsExactly("NX");
        assertThatIllegalArgumentException().isThrownBy(() -> GeoAddOptions.none().xx().nx());
    }

}
