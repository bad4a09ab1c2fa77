package org.npkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with a 403, the requests a web site elsewhere could make from the user's browser.
 * The server answers its own pages, top-level navigations (a link to the query page), and
 * clients that are not browsers (curl, scripts), which send none of the headers checked here.
 *
 * <ul>
 * <li>An {@code Origin} naming another host or port: cross-site form posts, fetches and CORS
 *     preflights. Without this the answers could not be read (no CORS headers are sent) but an
 *     expensive query would still run.</li>
 * <li>A {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, unless a top-level
 *     GET navigation: cross-site {@code <img>}, {@code <script>} and frames, which carry no Origin.</li>
 * <li>When listening on loopback, a {@code Host} that is not a loopback name: DNS rebinding, where
 *     a site's own name is made to resolve to 127.0.0.1 so its pages count as same-origin.</li>
 * </ul>
 */
final class SameOriginFilter implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopback;
    private final String host;

    SameOriginFilter(String host) {
        this.host = host.toLowerCase(Locale.ROOT);
        this.loopback = isLoopback(host);
    }

    /** Whether an address to listen on is this machine's loopback, reachable from nowhere else. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String refusal = refusal((HttpServletRequest) req);
        if (refusal == null) {
            chain.doFilter(req, res);
        } else {
            Responses.error((HttpServletResponse) res, 403, "cross-origin", refusal);
        }
    }

    private String refusal(HttpServletRequest request) {
        String authority = request.getHeader("Host");
        if (loopback && authority != null && !isLoopbackName(hostOf(authority))) {
            return "this server answers to 127.0.0.1 or localhost, not " + authority;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "")
                .equals(authority == null ? null : authority.toLowerCase(Locale.ROOT))) {
            return "requests from " + origin + " are refused: npkg answers its own pages only";
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site == null || site.equals("same-origin") || site.equals("none") || isTopLevelNavigation(request)) {
            return null;
        }
        return "requests from other web sites are refused (Sec-Fetch-Site: " + site + ")";
    }

    private boolean isLoopbackName(String name) {
        return LOOPBACK_NAMES.contains(name) || name.equals(host);
    }

    private static boolean isTopLevelNavigation(HttpServletRequest request) {
        return request.getMethod().equals("GET") && "navigate".equals(request.getHeader("Sec-Fetch-Mode"))
                && "document".equals(request.getHeader("Sec-Fetch-Dest"));
    }

    /** The host of a Host header: {@code localhost:3030} → {@code localhost}, {@code [::1]:80} → {@code [::1]}. */
    private static String hostOf(String authority) {
        String a = authority.toLowerCase(Locale.ROOT);
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end < 0 ? a : a.substring(0, end + 1);
        }
        int colon = a.lastIndexOf(':');
        return colon < 0 ? a : a.substring(0, colon);
    }
}
