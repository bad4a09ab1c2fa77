package org.npkg.store;

import java.nio.file.Path;

/**
 * A second process that holds a store, shared (as a server does) or exclusive (as a build does),
 * until its standard input closes: {@code HoldStore DIR shared|exclusive}. Prints "holding" once
 * it has the lock.
 */
public final class HoldStore {

    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        Store store = Store.at(Path.of(args[0]));
        try (StoreLock lock = args[1].equals("shared") ? store.lockShared() : store.lockExclusive()) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        }
    }
}
