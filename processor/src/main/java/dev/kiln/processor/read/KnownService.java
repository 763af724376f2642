package dev.kiln.processor.read;

import dev.kiln.codegen.model.ServiceModel;
import java.util.Optional;

/**
 * A service interface an application serves or calls, as far as this compilation knows it.
 *
 * @param input      the interface as read
 * @param model      its model, when it passed validation
 * @param fromSource whether it is compiled in this compilation (so Kiln generates its client here, and its
 *                   router once a class here serves it) rather than read from a class file (whose client
 *                   and codecs come from its jar, and whose router the serving application writes)
 * @param problem    for a class file that cannot be read as a service, the first reason
 */
public record KnownService(
        ServiceInput input, Optional<ServiceModel> model, boolean fromSource, Optional<String> problem) {}
