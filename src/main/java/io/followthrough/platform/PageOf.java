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
        List<E> found = paged.list();
        // A short page that is not past the end is the last one: its total needs no count query.
        long total = found.size() < page.size && (page.index == 0 || !found.isEmpty())
                ? (long) page.index * page.size + found.size() : paged.count();
        return new PageOf<>(found.stream().map(mapper).toList(), page.index, page.size, total,
                pageCount(total, page.size));
    }

    /** As Panache counts pages: an empty list is one page of nothing. */
    public static int pageCount(long total, int size) {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }
}
