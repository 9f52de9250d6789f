package io.followthrough.people;

import io.followthrough.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The person record of the signed-in user, linked by sign-in name (a demo account name or the OIDC principal). */
@ApplicationScoped
public class CurrentPerson {

    private final CurrentUser user;

    public CurrentPerson(CurrentUser user) {
        this.user = user;
    }

    public Optional<Person> get() {
        return user.signInName().flatMap(Person::bySignInName);
    }
}
