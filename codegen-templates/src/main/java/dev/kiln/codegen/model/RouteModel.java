package dev.kiln.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One method of a service interface mapped to HTTP.
 *
 * @param methodName the Java method name
 * @param method     the HTTP method
 * @param path       the full path template, interface path and sub-path joined, e.g. {@code /orders/{id}}
 * @param status     the success status: {@code @Status}, else 204 for {@code void}, else 200
 * @param params     parameters in declaration order
 * @param result     the return type ({@link ValueType.Void} for {@code void})
 */
public record RouteModel(
        String methodName, HttpMethod method, String path, int status, List<ParamModel> params, ValueType result) {

    /** The {@code @Body} parameter, if the route has one. */
    public Optional<ParamModel> body() {
        return params.stream().filter(p -> p.kind() == ParamKind.BODY).findFirst();
    }
}
