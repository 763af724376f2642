package dev.kiln.processor.read;

import dev.kiln.codegen.model.ServiceModel;
import java.util.Optional;

/**
 * A service interface an application serves or calls, as far as this compilation knows it.
 *
 * @param input      the interface as read
 * @param model      its model, when it passed validation
 * @param fromSource whether it is compiled in this compilation (so Kiln generates its router and client
 *                   here) rather than read from a class file (so they must already exist)
 * @param problem    for a class file that cannot be read as a service, the first reason
 */
public record KnownService(
        ServiceInput input, Optional<ServiceModel> model, boolean fromSource, Optional<String> problem) {}
