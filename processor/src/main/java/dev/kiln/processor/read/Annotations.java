package dev.kiln.processor.read;

import dev.kiln.Authenticated;
import dev.kiln.Body;
import dev.kiln.CacheEvict;
import dev.kiln.CacheKey;
import dev.kiln.CachePut;
import dev.kiln.Cached;
import dev.kiln.DefaultValue;
import dev.kiln.Delete;
import dev.kiln.Events;
import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Idempotent;
import dev.kiln.KilnApplication;
import dev.kiln.OrderingKey;
import dev.kiln.Patch;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Query;
import dev.kiln.QueryParam;
import dev.kiln.Queue;
import dev.kiln.RateLimit;
import dev.kiln.Repository;
import dev.kiln.RequiresScopes;
import dev.kiln.Retry;
import dev.kiln.Service;
import dev.kiln.Status;
import dev.kiln.Subscribe;
import dev.kiln.Supervised;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through their mirrors. Kiln's annotations are CLASS-retained and
 * {@code Class<?>[]} values cannot be read reflectively at compile time, so mirrors are the one way
 * that works for sources and class files alike.
 */
public final class Annotations {
    public static final String SERVICE = Service.class.getCanonicalName();
    public static final String PATH = Path.class.getCanonicalName();
    public static final String KILN_APPLICATION = KilnApplication.class.getCanonicalName();
    public static final String GET = Get.class.getCanonicalName();
    public static final String POST = Post.class.getCanonicalName();
    public static final String PUT = Put.class.getCanonicalName();
    public static final String PATCH = Patch.class.getCanonicalName();
    public static final String DELETE = Delete.class.getCanonicalName();
    public static final String PATH_PARAM = PathParam.class.getCanonicalName();
    public static final String QUERY_PARAM = QueryParam.class.getCanonicalName();
    public static final String HEADER = Header.class.getCanonicalName();
    public static final String BODY = Body.class.getCanonicalName();
    public static final String DEFAULT_VALUE = DefaultValue.class.getCanonicalName();
    public static final String STATUS = Status.class.getCanonicalName();
    public static final String AUTHENTICATED = Authenticated.class.getCanonicalName();
    public static final String REQUIRES_SCOPES = RequiresScopes.class.getCanonicalName();
    public static final String RATE_LIMIT = RateLimit.class.getCanonicalName();
    public static final String FILTERS = Filters.class.getCanonicalName();
    public static final String IDEMPOTENT = Idempotent.class.getCanonicalName();
    public static final String SUPERVISED = Supervised.class.getCanonicalName();
    public static final String EVENTS = Events.class.getCanonicalName();
    public static final String QUEUE = Queue.class.getCanonicalName();
    public static final String SUBSCRIBE = Subscribe.class.getCanonicalName();
    public static final String RETRY = Retry.class.getCanonicalName();
    public static final String ORDERING_KEY = OrderingKey.class.getCanonicalName();
    public static final String MESSAGING = "dev.kiln.runtime.messaging.Messaging";
    public static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    public static final String TRANSACTIONS = "dev.kiln.runtime.data.Transactions";
    public static final String SCOPE = "jakarta.inject.Scope";
    public static final String QUALIFIER = "jakarta.inject.Qualifier";
    public static final String REPOSITORY = Repository.class.getCanonicalName();
    public static final String QUERY = Query.class.getCanonicalName();
    public static final String DATABASE = "dev.kiln.runtime.data.Database";
    public static final String CACHED = Cached.class.getCanonicalName();
    public static final String CACHE_PUT = CachePut.class.getCanonicalName();
    public static final String CACHE_EVICT = CacheEvict.class.getCanonicalName();
    public static final String CACHE_KEY = CacheKey.class.getCanonicalName();
    public static final String CACHES = "dev.kiln.runtime.cache.Caches";
    /** The package of kiln-runtime-cache-redis: on the class path, a cache's keys and values need JSON codecs. */
    public static final String CACHE_REDIS_PACKAGE = "dev.kiln.runtime.cache.redis";

    /** The Jakarta security rules, looked up by name like the injection annotations. */
    public static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    public static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
    public static final String DENY_ALL = "jakarta.annotation.security.DenyAll";

    /** Runtime types the security and rate-limit code refers to; present only when their module is on the classpath. */
    public static final String PRINCIPAL = "dev.kiln.runtime.security.Principal";
    public static final String KILN_SECURITY_MODULE = "dev.kiln.runtime.security.KilnSecurityModule";
    public static final String KILN_RATE_LIMIT_MODULE = "dev.kiln.runtime.ratelimit.KilnRateLimitModule";
    public static final String KILN_FILTER = "dev.kiln.runtime.http.KilnFilter";

    /** Dependency-injection names, looked up by name: Kiln does not need them on its own classpath. */
    public static final List<String> INJECT = List.of("jakarta.inject.Inject", "javax.inject.Inject");
    public static final List<String> PROVIDERS =
            List.of("jakarta.inject.Provider", "javax.inject.Provider", "dagger.Lazy");
    public static final String DAGGER_MODULE = "dagger.Module";
    public static final String LIFECYCLE = "dev.kiln.runtime.lifecycle.Lifecycle";
    public static final String HEALTH_CHECK = "dev.kiln.runtime.health.HealthCheck";

    private Annotations() {}

    /** The annotation of the given type on {@code element}, if present. */
    public static Optional<AnnotationMirror> find(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(annotationType)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code element} carries an annotation of the given type. */
    public static boolean has(Element element, String annotationType) {
        return find(element, annotationType).isPresent();
    }

    /** The qualified name of an annotation's type. */
    public static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The simple name of an annotation's type, as users write it: {@code Get}. */
    public static String simpleNameOf(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** An explicitly written value; empty when the member takes its default. */
    public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** A member's value, falling back to the member's declared default. */
    public static Optional<AnnotationValue> value(AnnotationMirror mirror, String member) {
        Optional<AnnotationValue> explicit = explicitValue(mirror, member);
        if (explicit.isPresent()) {
            return explicit;
        }
        for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
            if (e instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)) {
                return Optional.ofNullable(method.getDefaultValue());
            }
        }
        return Optional.empty();
    }

    /** A {@code String} member, or {@code ""} when absent. */
    public static String stringValue(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(v -> String.valueOf(v.getValue())).orElse("");
    }

    /** An {@code int} member. */
    public static Optional<Integer> intValue(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(AnnotationValue::getValue)
                .filter(Integer.class::isInstance).map(Integer.class::cast);
    }

    /** A {@code boolean} member. */
    public static boolean booleanValue(AnnotationMirror mirror, String member) {
        return value(mirror, member).map(AnnotationValue::getValue).filter(Boolean.TRUE::equals).isPresent();
    }

    /** A {@code String[]} member's elements, with the annotation value of each (for errors), in declared order. */
    public static List<AnnotationValue> arrayValue(AnnotationMirror mirror, String member) {
        List<AnnotationValue> values = new ArrayList<>();
        value(mirror, member).ifPresent(v -> {
            if (v.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue av) {
                        values.add(av);
                    }
                }
            }
        });
        return values;
    }

    /** A {@code Class<?>[]} member as type mirrors, in declared order. */
    public static List<TypeMirror> typesValue(AnnotationMirror mirror, String member) {
        List<TypeMirror> types = new ArrayList<>();
        value(mirror, member).ifPresent(v -> {
            if (v.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof AnnotationValue av && av.getValue() instanceof TypeMirror t) {
                        types.add(t);
                    }
                }
            }
        });
        return types;
    }
}
