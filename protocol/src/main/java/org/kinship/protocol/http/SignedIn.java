package org.kinship.protocol.http;

import org.kinship.protocol.UserInfo;

/** Body of a successful setup, register or login; the session itself travels only in the cookie. */
public record SignedIn(
        UserInfo user // who is now signed in
) {
}
