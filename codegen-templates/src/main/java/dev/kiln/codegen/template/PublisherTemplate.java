package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.MessagingModel;
import javax.lang.model.element.Modifier;

/**
 * {@code <Interface>Publisher}: implements an {@code @Events} / {@code @Queue} interface by publishing each call's
 * payload, with its generated codec and its {@code @OrderingKey}, through the runtime's {@code Messaging}
 * (docs/events.md, "Generated code").
 *
 * <pre>{@code
 * JavaFile file = PublisherTemplate.render(model);   // com.example.OrderEventsPublisher
 * // the application binds it: @Binds abstract OrderEvents orderEvents(OrderEventsPublisher publisher);
 * }</pre>
 */
public final class PublisherTemplate {
    private PublisherTemplate() {}

    /** The publisher of {@code model}. */
    public static JavaFile render(MessagingModel model) {
        NameAllocator members = new NameAllocator();
        String publisher = members.newName("publisher");
        TypeSpec.Builder type = GeneratedFiles.classBuilder(model.publisherName())
                .addJavadoc("Implements {@link $T} by publishing to the {@code $L} $L.\n", model.iface(),
                        model.destination(), model.queue() ? "queue" : "topic")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.iface())
                .addField(RuntimeTypes.PUBLISHER, publisher, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addAnnotation(RuntimeTypes.INJECT)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.MESSAGING_ENTRY, "messaging")
                        .addStatement("this.$N = messaging.$L($S)", publisher, model.queue() ? "queue" : "events",
                                model.destination())
                        .build());
        for (MessagingModel.Message message : model.messages()) {
            String parameter = message.parameter().equals(publisher) ? message.parameter() + "_" : message.parameter();
            CodeBlock.Builder call = CodeBlock.builder().add("$N.publish($S, $T.INSTANCE, $N", publisher,
                    message.method(), message.codecName(), parameter);
            message.orderingKey().ifPresent(key -> {
                if (key.string()) {
                    call.add(", $N.$N()", parameter, key.accessor());
                } else {
                    call.add(", $T.valueOf($N.$N())", String.class, parameter, key.accessor());
                }
            });
            type.addMethod(MethodSpec.methodBuilder(message.method())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(message.payload(), parameter)
                    .addStatement(call.add(")").build())
                    .build());
        }
        return GeneratedFiles.file(model.publisherName(), type);
    }
}
