package org.npkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.npkg.TestFiles;
import org.npkg.store.TestStores;

/**
 * A server over a store made for one test class, started before its tests and stopped after them;
 * register it with {@code @RegisterExtension static final ServedStore served = ServedStore.fixture();}.
 */
final class ServedStore implements BeforeAllCallback, AfterAllCallback {

    /** Makes the store the server serves in the folder it is given. */
    interface Maker {
        void make(Path store) throws Exception;
    }

    private final Maker maker;
    private Path dir;
    private NpkgServer server;
    private Http http;

    private ServedStore(Maker maker) {
        this.maker = maker;
    }

    /** The small fixture store of {@link TestStores#fixtureStore}. */
    static ServedStore fixture() {
        return new ServedStore(TestStores::fixtureStore);
    }

    static ServedStore madeBy(Maker maker) {
        return new ServedStore(maker);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("npkg-served");
        maker.make(dir.resolve("store"));
        server = NpkgServer.builder().store(dir.resolve("store")).port(0).build().start();
        http = new Http(server.url());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.stop();
        TestFiles.deleteTree(dir);
    }

    NpkgServer server() {
        return server;
    }

    Http http() {
        return http;
    }
}
