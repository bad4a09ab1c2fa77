package org.npkg.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** npkg's exit codes, listed in every command's {@code --help}. */
public enum ExitCode {
    OK(0, "success"),
    FAILURE(1, "failure: the store is missing or unreadable, or the operation failed"),
    USAGE(2, "usage error: bad options or bad input files (queries, parameter values)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The list picocli prints under "Exit codes:", keyed by the code as text. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            list.put(String.format("%3d", c.code), c.meaning);
        }
        return list;
    }
}
