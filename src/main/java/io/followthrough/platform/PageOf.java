package io.followthrough.platform;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the next. */
public record PageOf<T>(List<T> items, int page, int size, long total, int pageCount) {

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total, pageCount);
    }

    public static <E, T> PageOf<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        io.quarkus.panache.common.Page page = request.toPanache();
        PanacheQuery<E> paged = query.page(page);
        List<T> items = paged.list().stream().map(mapper).toList();
        return new PageOf<>(items, page.index, page.size, paged.count(), paged.pageCount());
    }
}
