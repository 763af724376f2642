package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.DispatcherModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code Kiln<App>Dispatcher}: subscribes every {@code @Subscribe} method of the application to its destination
 * (in the constructor, so each consumer group exists once the graph is built) and starts and stops delivery as a
 * {@code Lifecycle} component (docs/events.md, "Generated code").
 *
 * <pre>{@code
 * JavaFile file = DispatcherTemplate.render(model);   // com.example.KilnShopAppDispatcher
 * }</pre>
 */
public final class DispatcherTemplate {
    private DispatcherTemplate() {}

    /** The dispatcher of {@code model}. */
    public static JavaFile render(DispatcherModel model) {
        NameAllocator names = new NameAllocator();
        String dispatcher = names.newName("dispatcher");
        String messaging = names.newName("messaging");
        Map<ClassName, String> parameters = new HashMap<>();
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addAnnotation(RuntimeTypes.INJECT)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.MESSAGING_ENTRY, messaging);
        for (ClassName subscriber : model.subscribers()) {
            String name = names.newName(Character.toLowerCase(subscriber.simpleName().charAt(0))
                    + subscriber.simpleName().substring(1));
            parameters.put(subscriber, name);
            constructor.addParameter(subscriber, name);
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("this.$N = $N.dispatcher()", dispatcher, messaging);
        for (DispatcherModel.Subscription s : model.subscriptions()) {
            String subscriber = parameters.get(s.subscriber());
            String message = s.parameter();
            if (message.equals("context") || parameters.containsValue(message) || message.equals(messaging)
                    || message.equals(dispatcher)) {
                message = "message";
            }
            CodeBlock call = s.takesContext()
                    ? CodeBlock.of("$N.$N($N, context)", subscriber, s.handler(), message)
                    : CodeBlock.of("$N.$N($N)", subscriber, s.handler(), message);
            String head = s.queue() ? "queue" : "events";
            // Named for error tracking: a failure shows as thrown at "orders.placed → Billing.on".
            String where = String.join(".", s.subscriber().simpleNames()) + "." + s.handler();
            chain.add("\n.subscribe($T.$L($S, $S, $T.INSTANCE,\n$>$>$>$>($N, context) -> $L)$<$<$<$<"
                            + "\n$>$>.subscriber($S)", RuntimeTypes.SUBSCRIPTION, head, s.destination(), s.message(),
                    s.codecName(), message, call, where);
            if (s.retry().isPresent()) {
                DispatcherModel.Retry r = s.retry().get();
                chain.add("\n.retry(new $T($L, $L, $L))", RuntimeTypes.RETRY_POLICY, r.maxAttempts(),
                        RouteGuards.duration(Duration.ofMillis(r.backoffMillis())),
                        RouteGuards.duration(Duration.ofMillis(r.maxBackoffMillis())));
            }
            chain.add(")$<$<");
        }
        constructor.addStatement(chain.build());
        TypeSpec.Builder type = GeneratedFiles.classBuilder(model.name())
                .addJavadoc("Delivers the application's messages to its {@code @Subscribe} methods.\n")
                .addAnnotation(RuntimeTypes.SINGLETON)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.LIFECYCLE)
                .addField(RuntimeTypes.DISPATCHER, dispatcher, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$N.start()", dispatcher)
                        .build())
                .addMethod(MethodSpec.methodBuilder("stop")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$N.stop()", dispatcher)
                        .build());
        return GeneratedFiles.file(model.name(), type);
    }
}
