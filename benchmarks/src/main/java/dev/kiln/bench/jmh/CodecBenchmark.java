package dev.kiln.bench.jmh;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kiln.bench.model.BenchData;
import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.BenchOrderJsonCodec;
import dev.kiln.runtime.json.Json;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated {@code BenchOrderJsonCodec} against jackson-databind 3 on the same order, both ways, bytes in
 * and bytes out. Databind gets its best shot: a reader and writer bound to the type once, and
 * {@code NON_ABSENT} so both produce the same document (an empty {@code Optional} omitted).
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar CodecBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {
    /** Databind configured as a careful user would for records with {@code Optional} components. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .build();

    private final byte[] json = BenchData.ORDER_JSON;
    private final BenchOrder order = BenchData.ORDER;
    private final ObjectReader reader = MAPPER.readerFor(BenchOrder.class);
    private final ObjectWriter writer = MAPPER.writerFor(BenchOrder.class);

    @Benchmark
    public BenchOrder decodeKiln() {
        return Json.decode(BenchOrderJsonCodec.INSTANCE, json);
    }

    @Benchmark
    public BenchOrder decodeDatabind() {
        return reader.readValue(json);
    }

    @Benchmark
    public byte[] encodeKiln() {
        return Json.encode(BenchOrderJsonCodec.INSTANCE, order);
    }

    @Benchmark
    public byte[] encodeDatabind() {
        return writer.writeValueAsBytes(order);
    }
}
