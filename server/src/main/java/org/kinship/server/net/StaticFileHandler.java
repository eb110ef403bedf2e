package org.kinship.server.net;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;

/** Serves the preloaded web client for GET and HEAD; anything else is 404 or 405. */
@ChannelHandler.Sharable
final class StaticFileHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final StaticFiles files;

    StaticFileHandler(StaticFiles files) {
        this.files = files;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = HttpMethod.HEAD.equals(request.method());
        if (!HttpMethod.GET.equals(request.method()) && !head) {
            HttpResponses.send(ctx, keepAlive, HttpResponses.plain(HttpResponseStatus.METHOD_NOT_ALLOWED, "Method not allowed"));
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        FullHttpResponse response = files.find(path)
                .map(file -> HttpResponses.response(HttpResponseStatus.OK, file.bytes(), file.contentType()))
                .orElseGet(() -> HttpResponses.plain(HttpResponseStatus.NOT_FOUND, "Not found"));
        if (head) {
            response.content().clear();
        }
        HttpResponses.send(ctx, keepAlive, response);
    }
}
