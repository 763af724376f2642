package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Cached}, {@code @CachePut}, {@code @CacheEvict} and {@code @CacheKey} used where they cannot work: one
 * tagged error on the marked line, saying why and what to change.
 */
class CacheBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CachedFinalMethod.java", "KilnInterceptedFinal",
                        List.of("@Cached on CachedFinalMethod.find()", "remove final from the method")),
                Arguments.of("CachedFinalClass.java", "KilnInterceptedFinal",
                        List.of("@Cached in CachedFinalClass", "remove final from the class")),
                Arguments.of("CachedPrivateMethod.java", "KilnInterceptedPrivate",
                        List.of("@Cached on CachedPrivateMethod.find()", "private method cannot be overridden")),
                Arguments.of("CachedStaticMethod.java", "KilnInterceptedStatic",
                        List.of("@CacheEvict on CachedStaticMethod.clear()", "static method cannot be overridden")),
                Arguments.of("CachedNotInjectable.java", "KilnInterceptedNotInjectable",
                        List.of("@Cached in CachedNotInjectable", "@Inject constructor")),
                Arguments.of("CachedVoid.java", "KilnCachedVoid",
                        List.of("CachedVoid.warm()", "returns void", "use @CacheEvict")),
                Arguments.of("CacheKeyUnused.java", "KilnCacheKeyUnused",
                        List.of("parameter 'sku' of CacheKeyUnused.find()", "no @Cached, @CachePut or @CacheEvict")),
                Arguments.of("CacheKeyWithAllEntries.java", "KilnCacheKeyUnused",
                        List.of("allEntries = true", "remove @CacheKey or allEntries")),
                Arguments.of("CachedBadTtl.java", "KilnCacheTtl",
                        List.of("ttl = \"5 minutes\"", "a positive number and a unit", "\"5m\"")),
                Arguments.of("CacheBadName.java", "KilnCacheName",
                        List.of("name = \"product.prices\"", "letters, digits, '-' and '_'", "kiln.cache.<name>.ttl")),
                Arguments.of("CacheReservedName.java", "KilnCacheName",
                        List.of("kiln.cache.store is a setting of every cache", "choose another name")),
                Arguments.of("CacheKeyArray.java", "KilnCacheKeyType",
                        List.of("Parameter 'skus' of CacheKeyArray.total()", "array, which compares by identity",
                                "compare by value")),
                Arguments.of("CacheKeyNoEquals.java", "KilnCacheKeyType",
                        List.of("Parameter 'filter'", "does not override equals")),
                Arguments.of("CacheEvictKeyMismatch.java", "KilnCacheKeyMismatch",
                        List.of("has the key (long orderId, java.lang.String reason)", "find() caches 'orders' by (long id)",
                                "@CacheKey", "or name them as find() does")),
                Arguments.of("CachePutValueMismatch.java", "KilnCacheValueMismatch",
                        List.of("CachePutValueMismatch.rename() puts int into 'orders'", "fills with java.lang.String")),
                Arguments.of("CachedTtlConflict.java", "KilnCacheConflict",
                        List.of("gives cache 'orders' the TTL 10m", "a cache has one TTL", "kiln.cache.orders.ttl")),
                Arguments.of("CacheTwoAnnotations.java", "KilnCacheAnnotations",
                        List.of("has @Cached and @CacheEvict", "one cache operation")),
                Arguments.of("CachedGeneric.java", "KilnCacheGeneric",
                        List.of("CachedGeneric.find(), a generic method", "remove the type parameters")),
                Arguments.of("CachedOnInterface.java", "KilnCacheOnInterface",
                        List.of("a method of an interface", "put @Cached on that class's method")));
    }

    /** The files compiled by the single tests below, with another class path or a second source. */
    static Stream<Arguments> otherCompilers() {
        return Stream.of(Arguments.of("CachedNoCodec.java"), Arguments.of("CacheRuntimeMissing.java"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag, List<String> keyWords) {
        BadSources.assertOneTaggedErrorSaying(file, tag, keyWords);
    }

    /** With kiln-runtime-cache-redis on the class path (a class of its package stands for it), values need codecs. */
    @Test
    void aValueWithoutCodecIsAnErrorWhenRedisCouldStoreIt() {
        JavaFileObject source = JavaFileObjects.forResource("bad/CachedNoCodec.java");

        Compilation compilation = Kiln.alone().compile(source,
                JavaFileObjects.forResource("stubs/dev/kiln/runtime/cache/redis/RedisStoreMarker.java"));

        BadSources.assertOneTaggedError(compilation, source, "CachedNoCodec.java", "KilnCacheNoCodec");
        assertThat(compilation).hadErrorContaining("kiln-runtime-cache-redis is on the class path");
        assertThat(compilation).hadErrorContaining("Kiln cannot encode");
    }

    /** Without it, a local cache keeps objects: the same class compiles. */
    @Test
    void aValueWithoutCodecIsFineForALocalCache() {
        assertThat(Kiln.alone().compile(JavaFileObjects.forResource("bad/CachedNoCodec.java"))).succeeded();
    }

    @Test
    void aCacheWithoutItsRuntimeOnTheClasspathIsReportedOnTheAnnotation() {
        JavaFileObject source = JavaFileObjects.forResource("bad/CacheRuntimeMissing.java");

        Compilation compilation = javac().withProcessors(new KilnProcessor())
                .withOptions(Kiln.OPTIONS)
                .withClasspath(Library.classpathWithout(Library.classpathWith(), "kiln-runtime-cache"))
                .compile(source);

        BadSources.assertOneTaggedError(compilation, source, "CacheRuntimeMissing.java", "KilnCacheRuntimeMissing");
        assertThat(compilation).hadErrorContaining("dev.kiln:kiln-runtime-cache");
    }
}
