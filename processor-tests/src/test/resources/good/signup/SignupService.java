package signup;

import forms.Signup;

/** Serves SignupApi in this compilation, so its router is generated here. */
final class SignupService implements SignupApi {
    @Override
    public void create(Signup signup) {}
}
