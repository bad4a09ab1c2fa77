package org.npkg.corpus;

import java.util.regex.Pattern;

/** Figure and table captions ("Figure 3: …", "Table 1 …", "Fig. 2."). */
final class Captions {

    private static final Pattern CAPTION = Pattern.compile(
            "^\\s*[*_]{0,2}(?:Supplementary\\s+)?(?:Figure|Fig\\.|Table|Scheme)\\s+S?\\d+[A-Za-z]?"
                    + "[*_]{0,2}(?=[\\s:.|—–-]|$)");

    private Captions() {
    }

    static boolean isCaption(String line) {
        return CAPTION.matcher(line).lookingAt();
    }
}
