package io.followthrough.people;

import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The people who lead, support and review actions, and the partner organisations they belong to. */
@ApplicationScoped
public class PeopleService {

    private final AuditTrail audit;

    public PeopleService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public PageOf<PersonJson> list(PageRequest page) {
        return PageOf.of(Person.allByName(), page, PersonJson::of);
    }

    /** Everyone by name, for choosing from (read without a transaction). */
    public List<PersonJson> all() {
        return Person.allByName().stream().map(PersonJson::of).toList();
    }

    @Transactional
    public Optional<PersonJson> find(long id) {
        return Person.<Person>findByIdOptional(id).map(PersonJson::of);
    }

    /** The person a signed-in user is, if the plan lead has linked them. */
    @Transactional
    public Optional<PersonJson> bySignInName(String signInName) {
        return Person.bySignInName(signInName).map(PersonJson::of);
    }

    @Transactional
    public PersonJson create(@Valid @NotNull PersonInput input) {
        Person person = new Person();
        apply(person, input);
        person.persist();
        audit.created("Person", person.id, person.name);
        return PersonJson.of(person);
    }

    @Transactional
    public PersonJson update(long id, @Valid @NotNull PersonInput input) {
        Person person = Person.<Person>findByIdOptional(id).orElseThrow(() -> new NotFoundException("person", id));
        PersonJson before = PersonJson.of(person);
        apply(person, input);
        PersonJson after = PersonJson.of(person);
        audit.changed("Person", id, "name", before.name(), after.name());
        audit.changed("Person", id, "jobTitle", before.jobTitle(), after.jobTitle());
        audit.changed("Person", id, "team", before.team(), after.team());
        audit.changed("Person", id, "email", before.email(), after.email());
        audit.changed("Person", id, "partner", before.partner(), after.partner());
        audit.changed("Person", id, "signInName", before.signInName(), after.signInName());
        return after;
    }

    /** Every partner by name, for choosing from (read without a transaction). */
    public List<PartnerJson> partners() {
        return Partner.allByName().stream().map(PartnerJson::of).toList();
    }

    @Transactional
    public PageOf<PartnerJson> partners(PageRequest page) {
        return PageOf.of(Partner.pageByName(), page, PartnerJson::of);
    }

    @Transactional
    public Optional<PartnerJson> findPartner(long id) {
        return Partner.<Partner>findByIdOptional(id).map(PartnerJson::of);
    }

    @Transactional
    public PartnerJson createPartner(@Valid @NotNull PartnerInput input) {
        if (Partner.byName(input.name().strip()).isPresent()) {
            throw new InvalidInputException("name", "There is already a partner called " + input.name().strip());
        }
        Partner partner = new Partner();
        partner.name = input.name().strip();
        partner.persist();
        audit.created("Partner", partner.id, partner.name);
        return PartnerJson.of(partner);
    }

    @Transactional
    public PartnerJson updatePartner(long id, @Valid @NotNull PartnerInput input) {
        Partner partner = Partner.<Partner>findByIdOptional(id).orElseThrow(() -> new NotFoundException("partner", id));
        Partner.byName(input.name().strip()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new InvalidInputException("name", "There is already a partner called " + other.name);
        });
        audit.changed("Partner", id, "name", partner.name, input.name().strip());
        partner.name = input.name().strip();
        return PartnerJson.of(partner);
    }

    private static void apply(Person person, PersonInput input) {
        List<FieldError> errors = new ArrayList<>();
        String email = input.email().strip();
        Person.byEmail(email).filter(other -> !other.id.equals(person.id))
                .ifPresent(other -> errors.add(new FieldError("email", "Someone else already has this email address")));
        String signInName = input.signInName() == null || input.signInName().isBlank() ? null : input.signInName().strip();
        if (signInName != null) {
            Person.bySignInName(signInName).filter(other -> !other.id.equals(person.id)).ifPresent(
                    other -> errors.add(new FieldError("signInName", "Someone else already signs in with this name")));
        }
        Partner partner = null;
        if (input.partner() != null && !input.partner().isBlank()) {
            partner = Partner.byName(input.partner().strip()).orElse(null);
            if (partner == null) {
                errors.add(new FieldError("partner", "There is no partner called " + input.partner().strip()
                        + "; add the partner first"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        person.name = input.name().strip();
        person.jobTitle = input.jobTitle().strip();
        person.team = input.team() == null || input.team().isBlank() ? null : input.team().strip();
        person.email = email;
        person.partner = partner;
        person.signInName = signInName;
    }
}
