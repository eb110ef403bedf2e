package org.kinship.server.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ProtocolJson;
import org.kinship.protocol.http.ChangePasswordRequest;
import org.kinship.protocol.http.DeleteAccountRequest;
import org.kinship.protocol.http.HttpError;
import org.kinship.protocol.http.LoginRequest;
import org.kinship.protocol.http.ResetPasswordRequest;
import org.kinship.protocol.http.RegisterRequest;
import org.kinship.protocol.http.SetupRequest;
import org.kinship.protocol.http.SignedIn;
import org.kinship.protocol.http.StatusResponse;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditService;
import org.kinship.server.auth.AuthService;
import org.kinship.server.auth.Principal;
import org.kinship.server.auth.SignIn;
import org.kinship.server.auth.Tokens;
import org.kinship.server.privacy.DataRights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP API for signing in and out. Tokens travel only in the HttpOnly cookie; bodies are
 * JSON and every failure is an {@link HttpError} with a stable code. Work runs on the auth and
 * database pools; responses are written back from there.
 */
@ChannelHandler.Sharable
final class HttpApiHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(HttpApiHandler.class);
    static final String PREFIX = "/api/";

    private final AuthService auth;
    private final AuditService audit;
    private final DataRights dataRights;
    private final OriginPolicy origins;
    private final Duration sessionLifetime;
    private final boolean secureCookies;
    private final Consumer<String> endSessionConnections;
    private final JsonMapper mapper = ProtocolJson.newMapper();

    HttpApiHandler(AuthService auth, AuditService audit, DataRights dataRights, OriginPolicy origins, Duration sessionLifetime,
                   boolean secureCookies, Consumer<String> endSessionConnections) {
        this.auth = auth;
        this.audit = audit;
        this.dataRights = dataRights;
        this.origins = origins;
        this.sessionLifetime = sessionLifetime;
        this.secureCookies = secureCookies;
        this.endSessionConnections = endSessionConnections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !new QueryStringDecoder(request.uri()).path().startsWith(PREFIX)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            route(ctx, request);
        } finally {
            request.release();
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String path = new QueryStringDecoder(request.uri()).path();
        HttpMethod method = request.method();
        Optional<String> token = SessionCookie.read(request);
        if (!origins.allowsApiCall(request)) {
            fail(ctx, keepAlive, new Refused(ErrorCode.ORIGIN_NOT_ALLOWED));
            return;
        }
        byte[] body = ByteBufUtil.getBytes(request.content());
        CompletionStage<FullHttpResponse> response;
        try {
            response = switch (method.name() + " " + path) {
                case "GET /api/status" -> status(token);
                case "POST /api/setup" -> {
                    SetupRequest setup = parse(body, SetupRequest.class);
                    yield signedIn(auth.setup(setup.setupCode(), setup.handle(), setup.password(), agent(request)));
                }
                case "POST /api/register" -> {
                    RegisterRequest register = parse(body, RegisterRequest.class);
                    yield signedIn(auth.register(register.inviteCode(), register.handle(), register.password(), agent(request)));
                }
                case "POST /api/login" -> {
                    LoginRequest login = parse(body, LoginRequest.class);
                    yield signedIn(auth.login(login.handle(), login.password(), remoteAddress(ctx), agent(request)));
                }
                case "POST /api/logout" -> logout(token);
                case "GET /api/audit.csv" -> auditCsv(token);
                case "GET /api/privacy" -> dataRights.privacy().current().thenApply(notice -> json(HttpResponseStatus.OK, notice));
                case "GET /api/export" -> export(token);
                case "POST /api/account/delete" -> deleteAccount(token, parse(body, DeleteAccountRequest.class));
                case "POST /api/reset" -> {
                    ResetPasswordRequest reset = parse(body, ResetPasswordRequest.class);
                    yield signedIn(auth.resetPassword(reset.resetCode(), reset.newPassword(), agent(request)).thenApply(done -> {
                        done.endedSessionKeys().forEach(endSessionConnections);
                        return done.signIn();
                    }));
                }
                case "POST /api/password" -> {
                    ChangePasswordRequest change = parse(body, ChangePasswordRequest.class);
                    String signedIn = token.orElseThrow(() -> new Refused(ErrorCode.UNAUTHENTICATED));
                    yield auth.changePassword(signedIn, change.currentPassword(), change.newPassword()).thenApply(ended -> {
                        ended.forEach(endSessionConnections);
                        return HttpResponses.response(HttpResponseStatus.OK, "{}".getBytes(), "application/json");
                    });
                }
                default -> throw new Refused(ErrorCode.NOT_FOUND, "There is no such API call.");
            };
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.whenComplete((ok, error) -> {
            if (error == null) {
                HttpResponses.send(ctx, keepAlive, ok);
            } else {
                fail(ctx, keepAlive, error);
            }
        });
    }

    private CompletionStage<FullHttpResponse> status(Optional<String> token) {
        CompletableFuture<Optional<Principal>> who = signedIn(token);
        return who.thenApply(p -> json(HttpResponseStatus.OK,
                new StatusResponse(auth.setupRequired(), p.map(Principal::toUserInfo).orElse(null))));
    }

    /** The person behind the cookie, if there is a cookie and its sign-in is live. */
    private CompletableFuture<Optional<Principal>> signedIn(Optional<String> token) {
        return token.map(auth::authenticate).orElse(CompletableFuture.completedFuture(Optional.empty()));
    }

    /** The person behind the cookie, for calls that need one: unauthenticated without a live sign-in. */
    private CompletableFuture<Principal> requireSignedIn(Optional<String> token) {
        return signedIn(token).thenApply(p -> p.orElseThrow(() -> new Refused(ErrorCode.UNAUTHENTICATED)));
    }

    private CompletionStage<FullHttpResponse> signedIn(CompletableFuture<SignIn> signIn) {
        return signIn.thenApply(s -> {
            FullHttpResponse response = json(HttpResponseStatus.OK, new SignedIn(s.principal().toUserInfo()));
            response.headers().set(HttpHeaderNames.SET_COOKIE, SessionCookie.issue(s.token(), sessionLifetime, secureCookies));
            return response;
        });
    }

    private CompletionStage<FullHttpResponse> logout(Optional<String> token) {
        CompletableFuture<Void> revoked = token.map(t -> auth.logout(t)
                        .thenRun(() -> endSessionConnections.accept(Tokens.sessionKey(t))))
                .orElse(CompletableFuture.completedFuture(null));
        return revoked.thenApply(v -> {
            FullHttpResponse response = HttpResponses.response(HttpResponseStatus.OK, "{}".getBytes(), "application/json");
            response.headers().set(HttpHeaderNames.SET_COOKIE, SessionCookie.clear(secureCookies));
            return response;
        });
    }

    /** The whole audit trail for overseers, as a CSV download. */
    private CompletionStage<FullHttpResponse> auditCsv(Optional<String> token) {
        return requireSignedIn(token).thenCompose(audit::exportCsv)
                .thenApply(csv -> {
                    FullHttpResponse response = HttpResponses.response(HttpResponseStatus.OK,
                            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv; charset=utf-8");
                    response.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"kinship-audit.csv\"");
                    return response;
                });
    }

    /** Everything held about the signed-in person, as a JSON download; the database work runs off the event loop. */
    private CompletionStage<FullHttpResponse> export(Optional<String> token) {
        return requireSignedIn(token).thenCompose(dataRights.export()::export)
                .thenApply(json -> {
                    FullHttpResponse response = HttpResponses.response(HttpResponseStatus.OK, json, "application/json");
                    response.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"kinship-my-data.json\"");
                    return response;
                });
    }

    /** The signed-in person deletes their account, proving it with their password; their cookie is cleared. */
    private CompletionStage<FullHttpResponse> deleteAccount(Optional<String> token, DeleteAccountRequest request) {
        return requireSignedIn(token).thenCompose(p -> dataRights.erasure().deleteOwnAccount(p, request.password()))
                .thenApply(done -> {
                    FullHttpResponse response = HttpResponses.response(HttpResponseStatus.OK, "{}".getBytes(), "application/json");
                    response.headers().set(HttpHeaderNames.SET_COOKIE, SessionCookie.clear(secureCookies));
                    return response;
                });
    }

    /** The browser or app, as its User-Agent names it: shown to the person in their list of sessions. */
    private static String agent(FullHttpRequest request) {
        String agent = request.headers().get(HttpHeaderNames.USER_AGENT);
        return agent == null ? "" : agent;
    }

    /** The peer's IP address, for the per-address sign-in limit (behind a proxy, the proxy's). */
    private static String remoteAddress(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof java.net.InetSocketAddress inet
                ? inet.getAddress().getHostAddress() : "unknown";
    }

    private <T> T parse(byte[] body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new Refused(ErrorCode.MALFORMED_JSON);
        } catch (java.io.IOException e) {
            throw new Refused(ErrorCode.INVALID_REQUEST);
        }
    }

    private FullHttpResponse json(HttpResponseStatus status, Object body) {
        try {
            return HttpResponses.response(status, mapper.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fail(ChannelHandlerContext ctx, boolean keepAlive, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        Refused refused;
        if (cause instanceof Refused r) {
            refused = r;
        } else {
            log.error("API call failed on {}", ctx.channel().id().asShortText(), cause);
            refused = new Refused(ErrorCode.INTERNAL_ERROR);
        }
        FullHttpResponse response = json(statusFor(refused.code()), new HttpError(refused.code(), refused.getMessage()));
        if (refused.retryAfterMs() != null) {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, Long.toString((refused.retryAfterMs() + 999) / 1000));
        } else if (refused.code() == ErrorCode.BUSY) {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
        }
        HttpResponses.send(ctx, keepAlive, response);
    }

    static HttpResponseStatus statusFor(ErrorCode code) {
        return switch (code) {
            case INVALID_CREDENTIALS, UNAUTHENTICATED -> HttpResponseStatus.UNAUTHORIZED;
            case INVALID_INVITE, INVALID_SETUP_CODE, INVALID_RESET_CODE, FORBIDDEN, ORIGIN_NOT_ALLOWED -> HttpResponseStatus.FORBIDDEN;
            case HANDLE_TAKEN, SETUP_ALREADY_DONE -> HttpResponseStatus.CONFLICT;
            case NOT_FOUND -> HttpResponseStatus.NOT_FOUND;
            case RATE_LIMITED -> HttpResponseStatus.TOO_MANY_REQUESTS;
            case BUSY, SHUTTING_DOWN -> HttpResponseStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpResponseStatus.INTERNAL_SERVER_ERROR;
            default -> HttpResponseStatus.BAD_REQUEST;
        };
    }
}
