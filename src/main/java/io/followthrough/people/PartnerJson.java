package io.followthrough.people;

public record PartnerJson(long id, String name) {

    public static PartnerJson of(Partner partner) {
        return new PartnerJson(partner.id, partner.name);
    }
}
