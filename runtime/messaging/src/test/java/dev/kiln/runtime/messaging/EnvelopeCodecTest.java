package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.json.JsonDecodeException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {

    @Test
    void roundTripKeepsEveryAttributeAndThePayload() {
        Envelope envelope = Envelope.of("/orders", "orders.placed", Instant.parse("2026-12-03T09:00:00.123Z"),
                OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(42, "ann \"q\" é", 3), "42", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "congo=t61rcWkgMzE");

        byte[] json = EnvelopeCodec.encode(envelope);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"specversion\":\"1.0\",\"id\":\"" + envelope.id() + "\",\"source\":\"/orders\","
                + "\"type\":\"orders.placed\",\"time\":\"2026-12-03T09:00:00.123Z\",\"datacontenttype\":\"application/json\","
                + "\"partitionkey\":\"42\",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\","
                + "\"tracestate\":\"congo=t61rcWkgMzE\",\"data\":{\"orderId\":42,"), text);

        Envelope back = EnvelopeCodec.decode(json);
        assertEquals(envelope, back);
        assertEquals("congo=t61rcWkgMzE", back.tracestate());
        assertEquals(new OrderPlaced(42, "ann \"q\" é", 3), back.payload(OrderPlacedJsonCodec.INSTANCE));
    }

    @Test
    void encodingToSendWritesTheSameBytesWithoutKeepingThePayloadsJson() {
        CountingCodec codec = new CountingCodec();
        Envelope inProcess = Envelope.of("/orders", "orders.placed", Instant.parse("2026-12-03T09:00:00.5Z"), codec,
                new OrderPlaced(42, "ann", 3), "42", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "k=v");

        byte[] sent = EnvelopeCodec.encodeToSend(inProcess);
        assertEquals(1, codec.writes.get(), "the payload written once, straight into the envelope");
        byte[] kept = EnvelopeCodec.encode(inProcess);
        assertEquals(2, codec.writes.get(), "encodeToSend kept nothing: encode writes the payload's JSON again");
        assertEquals(new String(kept, StandardCharsets.UTF_8), new String(sent, StandardCharsets.UTF_8));

        Envelope fromTheWire = EnvelopeCodec.decode(sent);   // carries JSON only: its bytes are copied as they are
        assertEquals(new String(sent, StandardCharsets.UTF_8),
                new String(EnvelopeCodec.encodeToSend(fromTheWire), StandardCharsets.UTF_8));
    }

    @Test
    void optionalAttributesAreLeftOutWhenAbsent() {
        Envelope envelope = Envelope.of("/orders", "orders.placed", Instant.EPOCH, OrderPlacedJsonCodec.INSTANCE,
                new OrderPlaced(1, "a", 1), null, null);
        String text = new String(EnvelopeCodec.encode(envelope), StandardCharsets.UTF_8);
        assertTrue(!text.contains("partitionkey") && !text.contains("traceparent") && !text.contains("tracestate"), text);
        Envelope back = EnvelopeCodec.decode(text.getBytes(StandardCharsets.UTF_8));
        assertNull(back.orderingKey());
        assertNull(back.traceparent());
        assertNull(back.tracestate());
    }

    @Test
    void unknownAttributesAndUnknownPayloadFieldsAreIgnored() {
        // A newer publisher: attributes in another order, extensions, nested unknowns, a payload with new fields.
        String json = """
                {"data":{"line":2,"extra":{"deep":[1,{"x":null}]},"orderId":7,"customer":"bo","more":"yes"},
                 "type":"orders.placed","comexampleextension1":"value","dataschema":"https://example.com/s",
                 "nested":{"a":[1,2,{"b":3}]},"id":"abc-1","subject":"order/7","specversion":"1.0",
                 "source":"/orders","time":"2026-12-03T10:00:00+01:00","partitionkey":"7"}
                """;
        Envelope envelope = EnvelopeCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("abc-1", envelope.id());
        assertEquals("orders.placed", envelope.type());
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), envelope.time());
        assertEquals("7", envelope.orderingKey());
        assertEquals(new OrderPlaced(7, "bo", 2), envelope.payload(OrderPlacedJsonCodec.INSTANCE));
    }

    @Test
    void aScalarPayloadRoundTrips() {
        Envelope envelope = new Envelope("1", "/a", "t.m", Instant.EPOCH, null, null,
                "\"GOLD\"".getBytes(StandardCharsets.UTF_8));
        Envelope back = EnvelopeCodec.decode(EnvelopeCodec.encode(envelope));
        assertEquals("\"GOLD\"", new String(back.data(), StandardCharsets.UTF_8));
    }

    @Test
    void timesAreReadInEveryRfc3339Shape() {
        for (String time : List.of("2026-12-03T09:00:00Z", "2026-12-03T09:00:00.1Z", "2026-12-03T09:00:00.123Z",
                "2026-12-03T09:00:00.123456789Z", "1999-12-31T23:59:59.000001Z", "2024-02-29T00:00:00Z")) {
            assertEquals(Instant.parse(time), timeOf(time), time);
        }
        assertEquals(Instant.parse("2026-12-03T08:00:00Z"), timeOf("2026-12-03T09:00:00+01:00"), "an offset: the formatter");
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), timeOf("2026-12-03T09:00Z"), "no seconds: the formatter");
        for (String bad : List.of("2026-02-30T09:00:00Z",
                "2026-12-03 09:00:00Z", "2026-12-03T09:0a:00Z", "yesterday")) {
            JsonDecodeException e = assertThrows(JsonDecodeException.class, () -> timeOf(bad), bad);
            assertTrue(e.getMessage().contains("not an RFC 3339 timestamp"), e.getMessage());
        }
    }

    private static Instant timeOf(String time) {
        return EnvelopeCodec.decode(("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/a\",\"type\":\"t.m\",\"time\":\""
                + time + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8)).time();
    }

    @Test
    void decimalsInThePayloadKeepEveryDigitAndTheirScale() {
        String data = "{\"total\":79.80,\"big\":12345678901234567890.12,\"tiny\":1.0E-400,\"n\":[0.10]}";
        // Multi-byte characters before data: the slice is taken in bytes.
        String json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"subject\":\"é€😀\",\"source\":\"/a\",\"type\":\"t.m\","
                + "\"data\":" + data + ",\"after\":[1]}";
        Envelope back = EnvelopeCodec.decode(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(data, new String(back.data(), StandardCharsets.UTF_8));
    }

    @Test
    void anEnvelopeWithoutRequiredAttributesOrOfAnotherSpecVersionIsRefused() {
        JsonDecodeException noId = assertThrows(JsonDecodeException.class, () -> EnvelopeCodec.decode(
                "{\"specversion\":\"1.0\",\"source\":\"/a\",\"type\":\"t\",\"data\":{}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noId.getMessage().contains("id"), noId.getMessage());
        JsonDecodeException v2 = assertThrows(JsonDecodeException.class, () -> EnvelopeCodec.decode(
                "{\"specversion\":\"2.0\",\"id\":\"1\",\"source\":\"/a\",\"type\":\"t\",\"data\":{}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(v2.getMessage().contains("2.0"), v2.getMessage());
    }

    @Test
    void idsAreUuidVersion7AndDistinct() {
        String a = MessageIds.next();
        String b = MessageIds.next();
        assertEquals(7, java.util.UUID.fromString(a).version());
        assertTrue(!a.equals(b));
    }
}
