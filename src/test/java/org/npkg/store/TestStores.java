package org.npkg.store;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Test helpers: fixture files on the class path and stores built from them. */
public final class TestStores {

    private TestStores() {}

    /** A file under {@code src/test/resources}. */
    public static Path resource(String name) {
        try {
            return Path.of(TestStores.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The fixture graph: an ontology graph and two document graphs. */
    public static Path fixtureGraph() {
        return resource("store/graph.trig");
    }

    /** Loads a TriG file in one write transaction. */
    public static void load(Dataset ds, Path trig) {
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, trig.toString()));
    }

    /** A store at {@code dir} holding the fixture graph. */
    public static Store fixtureStore(Path dir) throws StoreException {
        Store store = Store.at(dir);
        store.rebuild(ds -> load(ds, fixtureGraph()));
        return store;
    }
}
