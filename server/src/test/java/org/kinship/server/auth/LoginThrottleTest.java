package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.MutableClock;
import org.kinship.server.testing.TestServer;

class LoginThrottleTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void repeatedFailuresForOneHandleAreSlowedButNeverLockThePersonOut() throws Exception {
        Api api = server.api();
        api.setupAdmin("river");
        for (String handle : new String[] {"river", "nobody-here"}) { // known and unknown handles alike
            for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
                assertEquals(401, wrong(api, handle).status());
            }
            Api.Response slowed = wrong(api, handle);
            assertEquals(429, slowed.status(), handle);
            assertEquals("rate_limited", slowed.code());
        }
        server.clock().advance(Duration.ofMillis(LoginThrottle.FIRST_DELAY_MS));
        assertEquals(401, wrong(api, "river").status(), "after the wait, one more try");
        assertEquals(429, wrong(api, "river").status(), "and the next wait is longer");
        server.clock().advance(Duration.ofMillis(2 * LoginThrottle.FIRST_DELAY_MS));
        api.login("river"); // the right password after the wait: signed in, and the slate is clean
        assertEquals(401, wrong(api, "river").status());
    }

    @Test
    void theLongestWaitIsBounded() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 100; i++) {
            throttle.failed("river");
        }
        long wait = throttle.check("river", "203.0.113.9");
        assertTrue(wait > 0 && wait <= LoginThrottle.MAX_DELAY_MS, "wait " + wait);
        clock.advance(Duration.ofMillis(LoginThrottle.MAX_DELAY_MS));
        assertEquals(0, throttle.check("river", "203.0.113.9"));
    }

    @Test
    void oneAddressGetsAGenerousButFiniteNumberOfAttempts() {
        LoginThrottle throttle = new LoginThrottle(new MutableClock());
        for (int i = 0; i < LoginThrottle.ADDRESS_BURST; i++) {
            assertEquals(0, throttle.check("person" + i, "203.0.113.9"));
        }
        assertTrue(throttle.check("another", "203.0.113.9") > 0);
        assertEquals(0, throttle.check("another", "198.51.100.4"), "other addresses are unaffected");
        assertEquals(0, throttle.check("another", "127.0.0.1"), "loopback (a reverse proxy) is left to the proxy");
    }

    private static Api.Response wrong(Api api, String handle) throws Exception {
        return api.post("/api/login", Map.of("handle", handle, "password", "not-the-password"));
    }
}
