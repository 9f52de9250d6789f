package io.followthrough.platform;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging for list endpoints: {@code ?page=0&size=50}, pages counted from zero. */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    public int size;

    public io.quarkus.panache.common.Page toPanache() {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
