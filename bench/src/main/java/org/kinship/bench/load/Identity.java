package org.kinship.bench.load;

import io.netty.handler.codec.http.HttpHeaders;
import java.net.URI;

/** Who a connection is and where it goes: the socket address, the upgrade headers, and a display name. */
public record Identity(URI uri, HttpHeaders headers, String subprotocol, String name) {
}
