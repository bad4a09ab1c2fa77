package org.npkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or a note that this is a development build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"npkg " + (v == null ? "(development build)" : v)};
    }
}
