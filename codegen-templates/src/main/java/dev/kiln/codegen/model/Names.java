package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;

/** Naming rules for generated types, shared by the processor and the templates. */
public final class Names {
    private Names() {}

    /**
     * A top-level type next to {@code type}, named after its (possibly nested) simple names and a
     * suffix: {@code Shop.Order} and {@code "JsonCodec"} give {@code Shop_OrderJsonCodec}.
     */
    public static ClassName sibling(ClassName type, String suffix) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
    }

    /**
     * A cache's name as a Java identifier: {@code "product-prices"} gives {@code ProductPrices} (a leading digit is
     * prefixed with {@code Cache}). The subclass's field is its lower-camel form, a composite key its
     * {@link #cacheKey} record.
     */
    public static String cacheIdentifier(String cache) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : cache.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return Character.isJavaIdentifierStart(out.charAt(0)) ? out.toString() : "Cache" + out;
    }

    /** The composite key record of {@code cache}, nested in {@code owner}'s generated subclass: {@code CatalogIntercepted.PricesKey}. */
    public static ClassName cacheKey(ClassName owner, String cache) {
        return intercepted(owner).nestedClass(cacheIdentifier(cache) + "Key");
    }

    /** The generated JSON codec of a record or enum. */
    public static ClassName codec(ClassName type) {
        return sibling(type, "JsonCodec");
    }

    /** The generated validator of a record: {@code NewOrder} gives {@code NewOrderValidator}. */
    public static ClassName validator(ClassName type) {
        return sibling(type, "Validator");
    }

    /**
     * The generated subclass that intercepts a class's annotated methods ({@code @Transactional}, later caching):
     * {@code OrderService} gives {@code OrderServiceIntercepted}, bound in the graph in its place.
     */
    public static ClassName intercepted(ClassName type) {
        return sibling(type, "Intercepted");
    }

    /** The generated implementation of a {@code @Repository} interface: {@code OrderRepository} gives {@code OrderRepositoryImpl}. */
    public static ClassName repository(ClassName iface) {
        return sibling(iface, "Impl");
    }

    /** {@code Kiln<App>}, the generated entry point of an application. */
    public static ClassName application(ClassName app) {
        return ClassName.get(app.packageName(), "Kiln" + String.join("_", app.simpleNames()));
    }

    /** {@code Kiln<App>Component}, the generated Dagger component. */
    public static ClassName component(ClassName app) {
        return sibling(application(app), "Component");
    }

    /** {@code DaggerKiln<App>Component}, written by Dagger's processor. */
    public static ClassName daggerComponent(ClassName app) {
        ClassName component = component(app);
        return ClassName.get(component.packageName(), "Dagger" + component.simpleName());
    }

    /** {@code Kiln<App>Launcher}, the generated {@code KilnLauncher} that tools (kiln-test) start the application through. */
    public static ClassName launcher(ClassName app) {
        return sibling(application(app), "Launcher");
    }

    /** {@code Kiln<App>Module}, the generated Dagger module. */
    public static ClassName module(ClassName app) {
        return sibling(application(app), "Module");
    }

    /**
     * The default application name of a class: its simple name without a trailing {@code App} or
     * {@code Application}, in kebab-case ({@code OrdersApp} → {@code orders}, {@code ShopFrontApplication} →
     * {@code shop-front}, {@code HTTPGatewayApp} → {@code http-gateway}, {@code App} → {@code app}).
     */
    public static String applicationName(String simpleName) {
        String base = simpleName;
        for (String suffix : java.util.List.of("Application", "App")) {
            if (base.length() > suffix.length() && base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
                break;
            }
        }
        StringBuilder kebab = new StringBuilder(base.length() + 4);
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.isUpperCase(c)) {
                // A word starts at an upper-case letter after a lower-case one or a digit, or at the last capital
                // of an acronym followed by a lower-case letter (HTTPGateway → http-gateway).
                boolean boundary = i > 0 && (!Character.isUpperCase(base.charAt(i - 1))
                        || i + 1 < base.length() && Character.isLowerCase(base.charAt(i + 1)));
                if (boundary && kebab.charAt(kebab.length() - 1) != '-') {
                    kebab.append('-');
                }
                kebab.append(Character.toLowerCase(c));
            } else if (c == '_' || c == '$') {
                kebab.append('-');
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }
}
