package org.kinship.server.session;

import org.kinship.server.auth.Principal;

/** Who may send a type of request. Room-level rules (membership) are checked by the services. */
public enum Access {
    /** Anyone signed in. */
    SIGNED_IN {
        @Override
        boolean allows(Principal who) {
            return true;
        }
    },
    /** Organisation admins only. */
    ADMIN {
        @Override
        boolean allows(Principal who) {
            return who.isAdmin();
        }
    };

    abstract boolean allows(Principal who);
}
