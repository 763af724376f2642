package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Set;

/**
 * Every type generated code refers to outside the user's own code, in one place: the
 * {@code kiln-runtime-core} API (the contract in {@code docs/ARCHITECTURE.md}), Helidon, jackson-core,
 * Dagger and jakarta.inject. A rename in the runtime is a change here and nowhere else.
 */
final class RuntimeTypes {
    private RuntimeTypes() {}

    private static final String RUNTIME = "dev.kiln.runtime";
    private static final String HTTP = RUNTIME + ".http";
    private static final String JSON = RUNTIME + ".json";
    private static final String CLIENT = RUNTIME + ".client";
    private static final String VALIDATION = RUNTIME + ".validation";

    // dev.kiln.runtime.http
    static final ClassName KILN_ROUTER = ClassName.get(HTTP, "KilnRouter");
    static final ClassName KILN_ROUTES = ClassName.get(HTTP, "KilnRoutes");
    static final ClassName KILN_FILTER = ClassName.get(HTTP, "KilnFilter");
    static final ClassName EXCEPTION_MAPPER = ClassName.get(HTTP, "ExceptionMapper");
    static final ClassName PARAM = ClassName.get(HTTP, "Param");
    static final ClassName PARAMS = ClassName.get(HTTP, "Params");
    static final ClassName PARAMS_CONVERTER = ClassName.get(HTTP, "Params", "Converter");
    static final ClassName BODIES = ClassName.get(HTTP, "Bodies");
    static final ClassName RESPONSES = ClassName.get(HTTP, "Responses");

    // dev.kiln.runtime.json
    static final ClassName JSON_CODEC = ClassName.get(JSON, "JsonCodec");
    static final ClassName JSON_CODECS = ClassName.get(JSON, "JsonCodecs");
    static final ClassName JSON_HELPERS = ClassName.get(JSON, "Json");

    // dev.kiln.runtime.validation
    static final ClassName VIOLATIONS = ClassName.get(VALIDATION, "Violations");
    static final ClassName VALIDATION_CLOCK = ClassName.get(VALIDATION, "ValidationClock");
    static final ClassName CLOCK = ClassName.get("java.time", "Clock");
    static final ClassName CHECKS = ClassName.get(VALIDATION, "Checks");

    // dev.kiln.runtime.client
    static final ClassName KILN_HTTP_CLIENT = ClassName.get(CLIENT, "KilnHttpClient");
    static final ClassName CLIENT_CALL = ClassName.get(CLIENT, "ClientCall");
    static final ClassName KILN_CLIENT_BUILDER = ClassName.get(CLIENT, "KilnClientBuilder");

    // dev.kiln.runtime.{config,boot,registry}
    static final ClassName KILN_CONFIG = ClassName.get(RUNTIME + ".config", "KilnConfig");
    static final ClassName CLIENT_CREDENTIALS = ClassName.get(RUNTIME + ".client", "ClientCredentials");
    static final ClassName KILN_BOOT = ClassName.get(RUNTIME + ".boot", "KilnBoot");
    static final ClassName KILN_HANDLE = ClassName.get(RUNTIME + ".boot", "KilnHandle");
    static final ClassName KILN_LAUNCHER = ClassName.get(RUNTIME + ".boot", "KilnLauncher");
    static final ClassName SERVICE_DESCRIPTOR = ClassName.get(RUNTIME + ".registry", "ServiceDescriptor");
    static final ClassName ROUTE_DESCRIPTOR = ClassName.get(RUNTIME + ".registry", "RouteDescriptor");
    static final ClassName APPLICATION_DESCRIPTOR = ClassName.get(RUNTIME + ".registry", "ApplicationDescriptor");
    static final ClassName SERVICE_REGISTRY = ClassName.get(RUNTIME + ".registry", "ServiceRegistry");
    static final ClassName ERROR_TRACKER = ClassName.get(RUNTIME + ".errors", "ErrorTracker");
    static final ClassName TELEMETRY = ClassName.get(RUNTIME + ".telemetry", "Telemetry");
    static final ClassName KILN_RUNTIME_MODULE = ClassName.get(RUNTIME, "KilnRuntimeModule");

    // dev.kiln.runtime.{lifecycle,health}
    static final ClassName LIFECYCLE_COMPONENT = ClassName.get(RUNTIME + ".lifecycle", "LifecycleComponent");
    static final ClassName SUPERVISION = ClassName.get(RUNTIME + ".lifecycle", "Supervision");
    static final ClassName HEALTH_CHECK = ClassName.get(RUNTIME + ".health", "HealthCheck");
    static final ClassName DURATION = ClassName.get("java.time", "Duration");

    // dev.kiln.runtime.security (kiln-runtime-security)
    private static final String SECURITY = RUNTIME + ".security";
    static final ClassName PRINCIPAL = ClassName.get(SECURITY, "Principal");
    static final ClassName SECURITY_HELPER = ClassName.get(SECURITY, "Security");
    static final ClassName RULES = ClassName.get(SECURITY, "Rules");
    static final ClassName KILN_SECURITY_MODULE = ClassName.get(SECURITY, "KilnSecurityModule");

    // dev.kiln.runtime.ratelimit (kiln-runtime-ratelimit)
    private static final String RATELIMIT = RUNTIME + ".ratelimit";
    static final ClassName RATE_LIMITERS = ClassName.get(RATELIMIT, "RateLimiters");
    static final ClassName RATE_LIMITER = ClassName.get(RATELIMIT, "RateLimiter");
    static final ClassName RATE_LIMITS = ClassName.get(RATELIMIT, "RateLimits");
    static final ClassName RATE_LIMIT_KEYS = ClassName.get(RATELIMIT, "RateLimitKeys");
    static final ClassName KILN_RATE_LIMIT_MODULE = ClassName.get(RATELIMIT, "KilnRateLimitModule");

    // Helidon
    static final ClassName SERVER_REQUEST = ClassName.get("io.helidon.webserver.http", "ServerRequest");
    static final ClassName SERVER_RESPONSE = ClassName.get("io.helidon.webserver.http", "ServerResponse");
    static final ClassName HEADER_NAME = ClassName.get("io.helidon.http", "HeaderName");
    static final ClassName HEADER_NAMES = ClassName.get("io.helidon.http", "HeaderNames");
    static final ClassName METHOD = ClassName.get("io.helidon.http", "Method");

    // jackson-core 3
    static final ClassName JSON_GENERATOR = ClassName.get("tools.jackson.core", "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
    static final ClassName SERIALIZED_STRING = ClassName.get("tools.jackson.core.io", "SerializedString");

    // Dagger and jakarta.inject
    static final ClassName MODULE = ClassName.get("dagger", "Module");
    static final ClassName BINDS = ClassName.get("dagger", "Binds");
    static final ClassName PROVIDES = ClassName.get("dagger", "Provides");
    static final ClassName INTO_SET = ClassName.get("dagger.multibindings", "IntoSet");
    static final ClassName COMPONENT = ClassName.get("dagger", "Component");
    static final ClassName COMPONENT_FACTORY = ClassName.get("dagger", "Component", "Factory");
    static final ClassName BINDS_INSTANCE = ClassName.get("dagger", "BindsInstance");
    static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
    static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");

    // Messaging (kiln-runtime-messaging).
    private static final String MESSAGING = RUNTIME + ".messaging";
    static final ClassName MESSAGING_ENTRY = ClassName.get(MESSAGING, "Messaging");
    static final ClassName PUBLISHER = ClassName.get(MESSAGING, "Publisher");
    static final ClassName DISPATCHER = ClassName.get(MESSAGING, "Dispatcher");
    static final ClassName SUBSCRIPTION = ClassName.get(MESSAGING, "Subscription");
    static final ClassName RETRY_POLICY = ClassName.get(MESSAGING, "RetryPolicy");
    static final ClassName KILN_MESSAGING_MODULE = ClassName.get(MESSAGING, "KilnMessagingModule");
    static final ClassName MESSAGING_ENDPOINT = ClassName.get(MESSAGING, "MessagingEndpoint");
    static final ClassName LIFECYCLE = ClassName.get(RUNTIME + ".lifecycle", "Lifecycle");

    // Data (kiln-runtime-data), JDBC and jakarta.transaction.
    private static final String DATA = RUNTIME + ".data";
    static final ClassName DATABASE = ClassName.get(DATA, "Database");
    static final ClassName SQL = ClassName.get(DATA, "Sql");
    static final ClassName BINDER = ClassName.get(DATA, "Binder");
    static final ClassName KILN_DATA_MODULE = ClassName.get(DATA, "KilnDataModule");
    static final ClassName JDBC_TYPES = ClassName.get("java.sql", "Types");
    static final ClassName TRANSACTIONS = ClassName.get(DATA, "Transactions");
    static final ClassName TRANSACTION = ClassName.get(DATA, "Transaction");
    static final ClassName ROLLBACK_RULES = ClassName.get(DATA, "RollbackRules");
    static final ClassName TX_TYPE = ClassName.get("jakarta.transaction", "Transactional", "TxType");
    static final ClassName KILN_OUTBOX_MODULE = ClassName.get(DATA + ".outbox", "KilnOutboxModule");
    static final ClassName OUTBOX_RELAY = ClassName.get(DATA + ".outbox", "OutboxRelay");

    // Caching (kiln-runtime-cache).
    private static final String CACHE = RUNTIME + ".cache";
    static final ClassName CACHES = ClassName.get(CACHE, "Caches");
    static final ClassName KILN_CACHE = ClassName.get(CACHE, "KilnCache");
    static final ClassName CACHE_LOAD = ClassName.get(CACHE, "CacheLoad");
    static final ClassName CACHE_SPEC = ClassName.get(CACHE, "CacheSpec");
    static final ClassName KILN_CACHE_MODULE = ClassName.get(CACHE, "KilnCacheModule");
    static final ClassName CACHES_ENDPOINT = ClassName.get(CACHE, "CachesEndpoint");

    /** {@code Set<element>}. */
    static ParameterizedTypeName setOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Set.class), element);
    }
}
