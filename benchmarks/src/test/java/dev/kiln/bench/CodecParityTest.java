package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.bench.jmh.CodecBenchmark;
import dev.kiln.bench.model.BenchData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The codec benchmark compares like with like only if every contender reads and writes the same document. */
class CodecParityTest {
    private final CodecBenchmark benchmark = new CodecBenchmark();

    @Test
    void bothDecodersReadTheBenchOrder() {
        assertEquals(BenchData.ORDER, benchmark.decodeKiln());
        assertEquals(BenchData.ORDER, benchmark.decodeDatabind());
    }

    @Test
    void bothEncodersWriteOrderJsonByteForByte() {
        assertEquals(BenchData.orderJson(), new String(benchmark.encodeKiln(), StandardCharsets.UTF_8));
        assertEquals(BenchData.orderJson(), new String(benchmark.encodeDatabind(), StandardCharsets.UTF_8));
    }
}
