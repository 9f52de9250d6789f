package io.followthrough.platform.web;

import io.followthrough.platform.security.DemoAccounts;
import io.followthrough.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What every page's layout needs to know about the request: who is signed in, their role, whether
 * this is a demo. Templates reach it as {@code inject:session}.
 */
@RequestScoped
@Named("session")
public class WebSession {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final DemoAccounts demo;
    private final AppConfig config;

    public WebSession(SecurityIdentity identity, HttpServerRequest request, DemoAccounts demo, AppConfig config) {
        this.identity = identity;
        this.request = request;
        this.demo = demo;
        this.config = config;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String userName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isLead() {
        return identity.hasRole(Roles.LEAD);
    }

    public boolean isOfficer() {
        return identity.hasRole(Roles.OFFICER);
    }

    public boolean isSlt() {
        return identity.hasRole(Roles.SLT);
    }

    public boolean isCouncillor() {
        return identity.hasRole(Roles.COUNCILLOR);
    }

    /** See {@link Roles#isCouncillorOnly}. */
    public boolean isCouncillorOnly() {
        return Roles.isCouncillorOnly(identity);
    }

    public String roleLabel() {
        if (isLead()) {
            return "Plan lead";
        }
        if (isOfficer()) {
            return "Officer";
        }
        if (isSlt()) {
            return "SLT member";
        }
        return isCouncillor() ? "Councillor" : "";
    }

    public boolean isDemo() {
        return demo.enabled();
    }

    public String councilName() {
        return config.councilName();
    }

    public String serviceName() {
        return config.serviceName();
    }

    public String path() {
        return request.path();
    }
}
