package io.unikv.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations unikv makes: one per request a transport sends, whether a single
 * command, a pipeline or a MULTI/EXEC transaction. Names follow OpenTelemetry's database
 * client conventions (semconv 1.4x, stable database attributes).
 *
 * @author unikv authors
 */
public enum UnikvObservationDocumentation implements ObservationDocumentation {

    /**
     * One request to a Redis-compatible server: metric
     * {@code db.client.operation.duration} and a client span named after the operation
     * ({@code GET}, {@code PIPELINE SET}, {@code MULTI}).
     */
    OPERATION {

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultUnikvObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeyNames.values();
        }

    };

    /**
     * Low-cardinality keys: metric tags and span attributes. Every key is present on
     * every observation (value {@code none} where it does not apply), so that registries
     * needing one tag set per meter name, such as Prometheus, keep every timer.
     */
    public enum LowCardinalityKeyNames implements KeyName {

        /** Always {@code redis}. */
        DB_SYSTEM_NAME("db.system.name"),

        /**
         * The command ({@code GET}); for a pipeline or transaction {@code PIPELINE} or
         * {@code MULTI}, followed by the command name when all commands share it
         * ({@code PIPELINE SET}).
         */
        DB_OPERATION_NAME("db.operation.name"),

        /**
         * Commands in a pipeline or transaction of two or more; {@code none} otherwise.
         */
        DB_OPERATION_BATCH_SIZE("db.operation.batch.size"),

        /**
         * Redis's error prefix of the first error reply ({@code WRONGTYPE});
         * {@code none}.
         */
        DB_RESPONSE_STATUS_CODE("db.response.status_code"),

        /**
         * The error prefix of an error reply, or the class name of the exception the
         * request failed with ({@code io.unikv.KvTimeoutException}); {@code none} on
         * success.
         */
        ERROR_TYPE("error.type"),

        /** Host of the server (the first node of a cluster or Sentinel set). */
        SERVER_ADDRESS("server.address"),

        /** Port of the server, the scheme's default when the URL has none. */
        SERVER_PORT("server.port"),

        /** The backend: {@code rest} or {@code tcp}. */
        UNIKV_BACKEND("unikv.backend"),

        /** The region the request went to ({@code primary} with a single endpoint). */
        UNIKV_REGION("unikv.region");

        private final String name;

        LowCardinalityKeyNames(String name) {
            this.name = name;
        }

        @Override
        public String asString() {
            return this.name;
        }

    }

    /**
     * High-cardinality keys: span attributes only.
     */
    public enum HighCardinalityKeyNames implements KeyName {

        /**
         * The commands with their arguments, only when recording arguments is enabled:
         * they hold keys and values.
         */
        DB_QUERY_TEXT("db.query.text");

        private final String name;

        HighCardinalityKeyNames(String name) {
            this.name = name;
        }

        @Override
        public String asString() {
            return this.name;
        }

    }

}
