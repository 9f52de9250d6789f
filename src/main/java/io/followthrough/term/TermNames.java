package io.followthrough.term;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** Any date shown as the school term it falls in ("Spring 2027"); templates reach it as {@code inject:terms}. */
@RequestScoped
@Named("terms")
public class TermNames {

    private List<Term> terms;

    /** Read once per request, without a transaction: a page calls this for every date it shows. */
    public String of(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (terms == null) {
            terms = Term.inOrder();
        }
        return terms.stream().filter(t -> t.contains(date)).findFirst().map(Term::name).orElse("");
    }
}
