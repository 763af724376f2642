package dev.kiln.it;

import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every scalar type through every text source: path, query and header. Each route echoes what it bound. */
@Service("scalars")
@Path("/scalars")
public interface ScalarsApi {

    @Get("/path/{b}/{by}/{s}/{i}/{l}/{f}/{d}/{c}/{str}/{color}/{uuid}/{dec}/{big}/{date}/{dateTime}/{offset}/{instant}/{duration}")
    Scalars path(@PathParam boolean b, @PathParam byte by, @PathParam short s, @PathParam int i, @PathParam long l,
                 @PathParam float f, @PathParam double d, @PathParam char c, @PathParam String str,
                 @PathParam Color color, @PathParam UUID uuid, @PathParam BigDecimal dec, @PathParam BigInteger big,
                 @PathParam LocalDate date, @PathParam LocalDateTime dateTime, @PathParam OffsetDateTime offset,
                 @PathParam Instant instant, @PathParam Duration duration);

    @Get("/query")
    Scalars query(@QueryParam boolean b, @QueryParam byte by, @QueryParam short s, @QueryParam int i,
                  @QueryParam long l, @QueryParam float f, @QueryParam double d, @QueryParam char c,
                  @QueryParam String str, @QueryParam Color color, @QueryParam UUID uuid,
                  @QueryParam BigDecimal dec, @QueryParam BigInteger big, @QueryParam LocalDate date,
                  @QueryParam LocalDateTime dateTime, @QueryParam OffsetDateTime offset,
                  @QueryParam Instant instant, @QueryParam Duration duration);

    @Get("/boxed")
    Boxed boxed(@QueryParam Boolean b, @QueryParam Byte by, @QueryParam Short s, @QueryParam Integer i,
                @QueryParam Long l, @QueryParam Float f, @QueryParam Double d, @QueryParam Character c);

    @Get("/headers")
    Scalars headers(@Header("X-B") boolean b, @Header("X-By") byte by, @Header("X-S") short s, @Header("X-I") int i,
                    @Header("X-L") long l, @Header("X-F") float f, @Header("X-D") double d, @Header("X-C") char c,
                    @Header("X-Str") String str, @Header("X-Color") Color color, @Header("X-Uuid") UUID uuid,
                    @Header("X-Dec") BigDecimal dec, @Header("X-Big") BigInteger big, @Header("X-Date") LocalDate date,
                    @Header("X-Date-Time") LocalDateTime dateTime, @Header("X-Offset") OffsetDateTime offset,
                    @Header("X-Instant") Instant instant, @Header("X-Duration") Duration duration);

    /** Optional, defaulted and repeated query parameters and headers. */
    @Get("/shapes")
    Shapes shapes(@QueryParam Optional<Integer> maybe,
                  @QueryParam @DefaultValue("7") int page,
                  @QueryParam @DefaultValue("GREEN") Color tint,
                  @QueryParam("tag") List<String> tags,
                  @QueryParam("id") Set<Long> ids,
                  @QueryParam Optional<LocalDate> since,
                  @Header("X-Trace") Optional<UUID> trace,
                  @Header("X-Flag") List<Boolean> flags,
                  @Header("X-Mode") @DefaultValue("fast") String mode);

    /** Echoes a list-valued header: members with commas, quotes or edge spaces must arrive as sent. */
    @Get("/labels")
    List<String> labels(@Header("X-Label") List<String> labels);
}
