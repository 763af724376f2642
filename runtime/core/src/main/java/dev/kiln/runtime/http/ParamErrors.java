package dev.kiln.runtime.http;

/** The 400s for request parameters: each names the parameter, where it was, and the expected form. */
final class ParamErrors {
    private ParamErrors() {}

    static HttpException missing(Param p) {
        return problem(p, p.describe() + " is required");
    }

    static HttpException invalid(Param p, String raw, String expected) {
        return problem(p, p.describe() + " must be " + expected + ", but was '" + clip(raw) + "'");
    }

    private static HttpException problem(Param p, String detail) {
        return HttpException.badRequest(detail, ProblemError.parameter(p.name(), p.source().in(), detail));
    }

    private static String clip(String raw) {
        return raw.length() <= 64 ? raw : raw.substring(0, 61) + "...";
    }
}
