package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a {@code @KilnApplication} serves and which services it calls. Generated as {@code KilnXxxApp.DESCRIPTOR}.
 *
 * <pre>{@code
 * new ApplicationDescriptor("com.example.ShopApp", "shop", List.of(OrderApiRouter.DESCRIPTOR), List.of("catalog"));
 * }</pre>
 *
 * @param name            binary name of the application class
 * @param applicationName the application's name ({@code @KilnApplication(name)}, or derived from the class);
 *                        {@code kiln.application.name} overrides it at run time
 * @param services        the services it serves
 * @param clients         logical names of the services it calls through typed clients
 */
public record ApplicationDescriptor(String name, String applicationName, List<ServiceDescriptor> services,
                                    List<String> clients) {
    public ApplicationDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationName, "applicationName");
        services = List.copyOf(services);
        clients = List.copyOf(clients);
    }

    /** A descriptor whose application name is derived from the class name, as {@link #defaultName} does. */
    public ApplicationDescriptor(String name, List<ServiceDescriptor> services, List<String> clients) {
        this(name, defaultName(name), services, clients);
    }

    /**
     * The default application name of a class: its simple name without a trailing {@code App} or
     * {@code Application}, in kebab-case ({@code com.example.OrdersApp} → {@code orders},
     * {@code ShopFrontApplication} → {@code shop-front}, {@code App} → {@code app}).
     */
    public static String defaultName(String className) {
        String simple = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        for (String suffix : List.of("Application", "App")) {
            if (simple.length() > suffix.length() && simple.endsWith(suffix)) {
                simple = simple.substring(0, simple.length() - suffix.length());
                break;
            }
        }
        StringBuilder kebab = new StringBuilder(simple.length() + 4);
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean boundary = i > 0 && (Character.isLowerCase(simple.charAt(i - 1)) || Character.isDigit(simple.charAt(i - 1))
                        || (i + 1 < simple.length() && Character.isLowerCase(simple.charAt(i + 1))
                        && Character.isUpperCase(simple.charAt(i - 1))));
                if (boundary) {
                    kebab.append('-');
                }
                kebab.append(Character.toLowerCase(c));
            } else if (c == '_') {
                kebab.append('-');
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }
}
