package dev.kiln.bench.baseline;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.kiln.bench.model.BenchOrder;
import dev.kiln.bench.model.BenchWork;
import dev.kiln.bench.model.OrderLine;
import dev.kiln.bench.secure.BenchSecurity;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.ratelimit.Decision;
import dev.kiln.runtime.ratelimit.RateLimiter;
import dev.kiln.runtime.ratelimit.RateLimiters;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /secure/orders} written by hand: the same checks the Kiln route declares with annotations —
 * HS256 bearer token (signature, issuer, audience, expiry and not-before with 60 s skew), role
 * {@code clerk}, a per-principal rate limit (Kiln's limiter, used directly; {@code RateLimit-*} headers on
 * the answer), then the order's constraints — each failure answered with its status.
 *
 * <pre>{@code
 * rules.post("/secure/orders", new BaselineSecureOrders()::handle);
 * }</pre>
 */
final class BaselineSecureOrders {
    private static final long SKEW_MILLIS = 60_000;
    private static final HeaderName RATE_LIMIT_LIMIT = HeaderNames.create("RateLimit-Limit");
    private static final HeaderName RATE_LIMIT_REMAINING = HeaderNames.create("RateLimit-Remaining");
    private static final HeaderName RATE_LIMIT_RESET = HeaderNames.create("RateLimit-Reset");
    private static final Pattern SKU = Pattern.compile("[A-Z]{2}-\\d{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MACVerifier verifier;
    private final RateLimiter limiter;

    BaselineSecureOrders() {
        try {
            verifier = new MACVerifier(BenchSecurity.SECRET.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        limiter = RateLimiters.create(KilnConfig.of(Map.of()))
                .limiter("baseline.secureOrder", BenchSecurity.PERMITS, BenchSecurity.PER);
    }

    void handle(ServerRequest req, ServerResponse res) {
        String authorization = req.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(res, Status.UNAUTHORIZED_401);
            return;
        }
        JWTClaimsSet claims = verified(authorization.substring(7).trim());
        if (claims == null) {
            refuse(res, Status.UNAUTHORIZED_401);
            return;
        }
        Object roles = claims.getClaim("roles");
        if (!(roles instanceof List<?> list) || !list.contains(BenchSecurity.ROLE)) {
            refuse(res, Status.FORBIDDEN_403);
            return;
        }
        Decision decision = limiter.tryAcquire(claims.getSubject());
        if (!decision.allowed()) {
            res.header(HeaderNames.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            refuse(res, Status.TOO_MANY_REQUESTS_429);
            return;
        }
        // The same answer as Kiln's: the budget left, on every allowed request.
        res.header(RATE_LIMIT_LIMIT, Integer.toString(decision.limit()));
        res.header(RATE_LIMIT_REMAINING, Integer.toString(decision.remaining()));
        res.header(RATE_LIMIT_RESET, Long.toString(decision.resetSeconds()));
        BenchOrder order = BaselineOrderReader.read(req.content().inputStream());
        if (!valid(order)) {
            throw new BadRequest("The order is not valid");
        }
        res.header(io.helidon.http.HeaderValues.CONTENT_TYPE_JSON);
        res.send(BaselineJsonWriter.orderSummary(BenchWork.summarize(order)));
    }

    private JWTClaimsSet verified(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            long now = System.currentTimeMillis();
            Date exp = claims.getExpirationTime();
            Date nbf = claims.getNotBeforeTime();
            List<String> audience = claims.getAudience();
            if (exp == null || now >= exp.getTime() + SKEW_MILLIS
                    || (nbf != null && now < nbf.getTime() - SKEW_MILLIS)
                    || !BenchSecurity.ISSUER.equals(claims.getIssuer())
                    || audience == null || !audience.contains(BenchSecurity.AUDIENCE)
                    || !(claims.getClaim("sub") instanceof String)) {
                return null;
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }

    /** The constraints {@link BenchOrder} and {@link OrderLine} declare. */
    private static boolean valid(BenchOrder order) {
        if (order.customer() == null || order.customer().isBlank() || !EMAIL.matcher(order.customer()).matches()
                || order.lines() == null || order.lines().isEmpty() || order.lines().size() > 100
                || order.priority() == null
                || order.placedAt() == null || !order.placedAt().isBefore(Instant.now())) {
            return false;
        }
        for (OrderLine line : order.lines()) {
            if (line == null || line.sku() == null || line.sku().isBlank() || !SKU.matcher(line.sku()).matches()
                    || line.quantity() < 1 || line.quantity() > 1000
                    || line.price() == null || line.price().signum() <= 0 || !digits(line.price(), 8, 2)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(BigDecimal value, int integer, int fraction) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fractionDigits = Math.max(stripped.scale(), 0);
        int integerDigits = stripped.precision() - stripped.scale();
        return integerDigits <= integer && fractionDigits <= fraction;
    }

    private static void refuse(ServerResponse res, Status status) {
        res.status(status).send();
    }
}
