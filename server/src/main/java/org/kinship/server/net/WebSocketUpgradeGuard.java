package org.kinship.server.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;
import java.util.Optional;
import org.kinship.server.auth.AuthService;
import org.kinship.server.auth.Principal;
import org.kinship.server.session.SessionLifecycle;

/**
 * Lets a request for the WebSocket path through only with an allowed Origin (else 403), a live
 * session cookie (else 401), and fewer than the allowed sockets for that person (else 429). The cookie is checked on the database pool; meanwhile the channel stops
 * reading, and the request continues to the handshake on its own event loop.
 */
final class WebSocketUpgradeGuard extends ChannelInboundHandlerAdapter {
    static final AttributeKey<Principal> PRINCIPAL = AttributeKey.valueOf("kinship.principal");

    private final String path;
    private final OriginPolicy origins;
    private final AuthService auth;
    private final SessionLifecycle lifecycle;

    WebSocketUpgradeGuard(String path, OriginPolicy origins, AuthService auth, SessionLifecycle lifecycle) {
        this.path = path;
        this.origins = origins;
        this.auth = auth;
        this.lifecycle = lifecycle;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !path.equals(new QueryStringDecoder(request.uri()).path())) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!origins.allowsUpgrade(request)) {
            refuse(ctx, request, HttpResponseStatus.FORBIDDEN, "Origin not allowed");
            return;
        }
        Optional<String> token = SessionCookie.read(request);
        if (token.isEmpty()) {
            refuse(ctx, request, HttpResponseStatus.UNAUTHORIZED, "Sign in first");
            return;
        }
        ctx.channel().config().setAutoRead(false);
        auth.authenticate(token.get()).whenComplete((principal, error) -> ctx.executor().execute(() -> {
            ctx.channel().config().setAutoRead(true);
            if (error == null && principal.isPresent() && lifecycle.atConnectionLimit(principal.get().userId())) {
                refuse(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS, "Too many open connections; close another tab or device");
            } else if (error == null && principal.isPresent()) {
                ctx.channel().attr(PRINCIPAL).set(principal.get());
                ctx.fireChannelRead(request);
            } else {
                refuse(ctx, request, HttpResponseStatus.UNAUTHORIZED, "Sign in first");
            }
        }));
    }

    private static void refuse(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status, String text) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        request.release();
        HttpResponses.send(ctx, keepAlive, HttpResponses.plain(status, text));
    }
}
