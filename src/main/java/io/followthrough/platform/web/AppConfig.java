package io.followthrough.platform.web;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "followthrough")
public interface AppConfig {

    /** The council's name, shown in the header of every page and report. */
    String councilName();

    /** The service's name, shown beside the council name. */
    String serviceName();
}
