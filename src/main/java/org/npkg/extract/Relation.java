package org.npkg.extract;

/** Relation kinds a finding can state; each is the individual of np:RelationKind with the same name. */
public enum Relation {
    INCREASES("Increases"),
    DECREASES("Decreases"),
    ACTIVATES("Activates"),
    INHIBITS("Inhibits"),
    BINDS("Binds"),
    INDUCES("Induces"),
    REQUIRES("Requires"),
    MODULATES("Modulates"),
    ASSOCIATED_WITH("AssociatedWith");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    /** Local name of the np:RelationKind individual, e.g. "Increases". */
    public String localName() {
        return localName;
    }

    public static Relation byLocalName(String name) {
        for (Relation relation : values()) {
            if (relation.localName.equals(name)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("unknown relation kind " + name);
    }
}
