package org.kinship.server.auth;

/** A fresh sign-in: the person and the token for their cookie (the token is never stored or logged). */
public record SignIn(Principal principal, String token) {
}
