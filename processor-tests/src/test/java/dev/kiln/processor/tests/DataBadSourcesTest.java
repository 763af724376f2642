package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Repository} mistakes, each checked against {@code resources/migrations/shop} at compile time: one tagged error
 * on the marked line (the {@code @Query} value for anything about the SQL), whose message says what is wrong, where in
 * the SQL when jOOQ knows, and what to write instead.
 */
class DataBadSourcesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("RepositoryOnClass.java", "KilnRepositoryNotInterface",
                        List.of("@Repository is on RepositoryOnClass, a class", "put it on an interface")),
                Arguments.of("QueryMissing.java", "KilnQueryMissing",
                        List.of("QueryMissing.ids has no @Query", "default method")),
                Arguments.of("GenericQueryMethod.java", "KilnInvalidRepositoryMethod",
                        List.of("GenericQueryMethod.ids is generic")),
                Arguments.of("SqlSyntaxError.java", "KilnSqlSyntax",
                        List.of("does not parse as PostgreSQL", "Identifier expected", "at 1:28 of the query",
                                "WHERE[*]")),
                Arguments.of("PositionalParameter.java", "KilnSqlSyntax",
                        List.of("positional parameter (?)", "WHERE id = :id")),
                Arguments.of("UnknownTable.java", "KilnUnknownTable",
                        List.of("table ordrs is not in the schema", "did you mean orders?", "at 1:16")),
                Arguments.of("UnknownColumn.java", "KilnUnknownColumn",
                        List.of("column custmer is not in orders", "did you mean customer?", "at 3:7 of the query")),
                Arguments.of("UnmappedColumn.java", "KilnUnmappedColumn",
                        List.of("column note (orders.note) of the result has no component in Customer",
                                "components: id, customer", "add a component note")),
                Arguments.of("MissingColumn.java", "KilnMissingColumn",
                        List.of("Placed.createdAt has no column created_at", "columns: id", "AS created_at")),
                Arguments.of("BigintIntoString.java", "KilnColumnTypeMismatch",
                        List.of("column id (orders.id, bigint) cannot be read into Customer.id, a String",
                                "make it long, Long or BigDecimal")),
                Arguments.of("TextIntoInt.java", "KilnColumnTypeMismatch",
                        List.of("column customer (orders.customer, text) cannot be read into the result, an Integer",
                                "make it String or an enum")),
                Arguments.of("NullableIntoPrimitive.java", "KilnNullableIntoPrimitive",
                        List.of("column rating (orders.rating, integer) may be NULL (orders.rating is nullable)",
                                "Rated.rating is the primitive int", "make it Integer or Optional<Integer>")),
                Arguments.of("OuterJoinIntoPrimitive.java", "KilnNullableIntoPrimitive",
                        List.of("may be NULL (l is the optional side of an outer join)",
                                "Line.quantity is the primitive int")),
                Arguments.of("OptionalComponentTypeMismatch.java", "KilnColumnTypeMismatch",
                        List.of("column customer (orders.customer, text) cannot be read into Named.customer, an"
                                + " Optional of Integer", "make it String or an enum (in the Optional)")),
                Arguments.of("OptionalComponentUnsupported.java", "KilnUnsupportedType",
                        List.of("Aged.age has type java.util.Optional<java.time.Duration>, which Kiln cannot read",
                                "or Optional of one (empty for NULL)")),
                Arguments.of("AmbiguousColumn.java", "KilnAmbiguousColumn",
                        List.of("columns 1 and 3 of the result are both named id (orders.id, lines.id)",
                                "Both.id can take one", "name them apart with AS")),
                Arguments.of("WithRecursive.java", "KilnUnsupportedSql",
                        List.of("WITH RECURSIVE cannot be checked", "at 1:1 of the query")),
                Arguments.of("WithDataModifying.java", "KilnUnsupportedSql",
                        List.of("WITH gone is an INSERT, UPDATE or DELETE")),
                Arguments.of("WithBeforeInsert.java", "KilnUnsupportedSql",
                        List.of("WITH before an INSERT, UPDATE or DELETE cannot be checked",
                                "write its query as a subquery")),
                Arguments.of("WithHidesTable.java", "KilnUnsupportedSql",
                        List.of("WITH orders has the name of a table it would hide", "give it another name")),
                Arguments.of("WithColumnCount.java", "KilnSqlSyntax",
                        List.of("WITH big names 3 columns (a, b, c), and its query gives 2")),
                Arguments.of("WithUnknownColumn.java", "KilnUnknownColumn",
                        List.of("column total is not in big", "at 2:12 of the query")),
                Arguments.of("AliasAsteriskInSubquery.java", "KilnUnsupportedSql",
                        List.of("o.* cannot be checked here", "not in a subquery", "list the columns",
                                "at 1:24 of the query")),
                Arguments.of("AliasAsteriskInUnion.java", "KilnUnsupportedSql",
                        List.of("l.* cannot be checked here", "UNION", "list the columns")),
                Arguments.of("AliasAsteriskOfSubquery.java", "KilnUnsupportedSql",
                        List.of("x.* stands for the columns of a subquery", "list them")),
                Arguments.of("AliasAsteriskUnknown.java", "KilnUnknownTable",
                        List.of("ll.* names no table of the query's FROM (o, l)", "did you mean l?", "at 1:8")),
                Arguments.of("AliasAsteriskThenUnknownColumn.java", "KilnUnknownColumn",
                        List.of("column skew is not in lines", "did you mean sku?", "at 3:7 of the query")),
                Arguments.of("UpdateFromUnknownColumn.java", "KilnUnknownColumn",
                        List.of("column skew is not in lines", "did you mean sku?", "at 1:26 of the query")),
                Arguments.of("UnknownQueryParameter.java", "KilnUnknownQueryParameter",
                        List.of("the query's :customer is not a parameter of the method (it has none)")),
                Arguments.of("UnusedParameter.java", "KilnUnusedParameter",
                        List.of("parameter limit is not used by the query", "use it as :limit")),
                Arguments.of("ParameterTypeMismatch.java", "KilnParameterTypeMismatch",
                        List.of("parameter customer is a long", "orders.customer, a text", "make it String")),
                Arguments.of("InsertSelectParameterTypeMismatch.java", "KilnParameterTypeMismatch",
                        List.of("parameter sku is a long", "lines.sku, a text", "make it String")),
                Arguments.of("RowsIntoInt.java", "KilnResultMismatch",
                        List.of("returns int, one value a row, but its query gives 2 columns (id, customer)")),
                Arguments.of("UpdateIntoRecord.java", "KilnResultMismatch",
                        List.of("INSERT, UPDATE or DELETE without RETURNING", "return int, long or void")),
                Arguments.of("RepositoryParameterUnsupported.java", "KilnUnsupportedType",
                        List.of("Parameter 'age' of RepositoryParameterUnsupported.recent has type java.time.Duration",
                                "cannot bind to SQL")));
    }

    /** The cases compiled otherwise than against the shop migrations: the tests below. */
    static Stream<Arguments> otherCompilers() {
        return Stream.of(Arguments.of("SchemaMissing.java"), Arguments.of("DataRuntimeMissing.java"));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @MethodSource("cases")
    void reportsOneTaggedErrorOnTheMarkedLine(String file, String tag, List<String> keyWords) {
        BadSources.assertOneTaggedErrorSaying(Kiln.withMigrations("shop"), file, tag, keyWords);
    }

    /** Without migrations there is nothing to check against: one error, on the first repository, saying where Kiln looked. */
    @org.junit.jupiter.api.Test
    void aRepositoryWithoutMigrationsIsOneError() {
        BadSources.assertOneTaggedErrorSaying(Kiln.alone(), "SchemaMissing.java", "KilnSchemaMissing",
                List.of("there are none", "src/main/resources/db/migration/V1__<description>.sql",
                        "-Akiln.migrations=<dir>"));
    }

    @org.junit.jupiter.api.Test
    void aRepositoryWithoutTheDataRuntimeIsOneErrorNamingIt() {
        BadSources.assertOneTaggedErrorSaying(Kiln.withMigrations("shop")
                        .withClasspath(Library.classpathWithout(Library.classpathWith(), "kiln-runtime-data")),
                "DataRuntimeMissing.java", "KilnDataRuntimeMissing",
                List.of("needs dev.kiln:kiln-runtime-data, which is not on the classpath"));
    }
}
