package dev.kiln.processor.data;

import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseWithMetaLookups;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.RenderTable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The jOOQ contexts the processor uses: the parser (PostgreSQL, with or without lookups in the migrations'
 * schema) and the renderers of checked SQL for each dialect the runtime supports.
 *
 * <p>jOOQ prints its logo and a tip of the day when it is first used; in a compiler's output that is noise, so
 * they are turned off (jOOQ's own switches) before any jOOQ class is initialised, unless the build set them.
 */
final class Jooq {
    static {
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }

    private Jooq() {}

    /** A PostgreSQL parser that resolves nothing: DDL, and queries whose names failed to resolve. */
    static DSLContext parser() {
        return DSL.using(SQLDialect.POSTGRES, new Settings().withParseDialect(SQLDialect.POSTGRES));
    }

    /** A PostgreSQL parser whose unknown tables and columns are errors: names resolve in {@code schema}. */
    static DSLContext parser(Meta schema) {
        return DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new Settings()
                        .withParseDialect(SQLDialect.POSTGRES)
                        .withParseWithMetaLookups(ParseWithMetaLookups.THROW_ON_FAILURE))
                .set(() -> schema));
    }

    /**
     * Renders for {@code dialect} as a person would write it: upper-case keywords, names quoted only where the query
     * quoted them, columns qualified only when the query reads several tables.
     */
    static DSLContext renderer(SQLDialect dialect) {
        return renderer(dialect, RenderTable.WHEN_MULTIPLE_TABLES);
    }

    /**
     * The same, qualifying every column: jOOQ counts a {@code WITH} query's table as none of the FROM's tables, and
     * would leave {@code n.order_id = o.id} unqualified when a query joins one.
     */
    static DSLContext qualifyingRenderer(SQLDialect dialect) {
        return renderer(dialect, RenderTable.ALWAYS);
    }

    private static DSLContext renderer(SQLDialect dialect, RenderTable tables) {
        return DSL.using(dialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderKeywordCase(RenderKeywordCase.UPPER)
                .withRenderTable(tables));
    }
}
