package org.kinship.server.session;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ErrorReply;
import org.kinship.protocol.Replies;
import org.kinship.server.Refused;
import org.kinship.server.limits.RequestLimits;
import org.kinship.server.store.StorageFailures;
import org.kinship.server.store.StoreBusyException;
import org.kinship.server.store.StoreClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each request to its handler after the permission table allows the sender's organisation role,
 * and turns the handler's outcome or failure into exactly one reply carrying the request's id. Every
 * refusal for lack of permission, here or in a service, is reported for the audit trail.
 */
public final class Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    /** How long a client should wait before retrying after "busy", in milliseconds. */
    static final long BUSY_RETRY_MS = 1_000;

    /** Handles one type of request; may complete on any thread. */
    @FunctionalInterface
    public interface Handler<T extends ClientMessage> {
        CompletionStage<Outcome> handle(Connection connection, T request);
    }

    private final Map<Class<? extends ClientMessage>, Handler<? extends ClientMessage>> handlers;
    private final PrivilegeRefusals onPrivilegeRefused;
    private final RequestLimits limits;
    private volatile boolean accepting = true;

    private Dispatcher(Map<Class<? extends ClientMessage>, Handler<? extends ClientMessage>> handlers,
                       PrivilegeRefusals onPrivilegeRefused, RequestLimits limits) {
        this.handlers = Map.copyOf(handlers);
        this.onPrivilegeRefused = onPrivilegeRefused;
        this.limits = limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a handler is registered for a request type (the completeness test asks). */
    public boolean handles(Class<? extends ClientMessage> type) {
        return handlers.containsKey(type);
    }

    /** From now on every request is answered with shutting_down. */
    public void stopAccepting() {
        accepting = false;
    }

    public void dispatch(Connection connection, ClientMessage request) {
        if (!accepting) {
            connection.send(Replies.error(request.id(), ErrorCode.SHUTTING_DOWN));
            return;
        }
        long wait = limits.check(connection.userId(), request);
        if (wait > 0) {
            connection.send(Replies.retryLater(request.id(), ErrorCode.RATE_LIMITED, wait));
            return;
        }
        boolean hasRule = Permissions.ruleFor(request.getClass()).isPresent();
        Handler<ClientMessage> handler = handlerFor(request);
        if (!hasRule || handler == null) {
            log.error("no permission row or handler for {}", request.getClass().getSimpleName());
            connection.send(Replies.error(request.id(), ErrorCode.FORBIDDEN));
            return;
        }
        if (!Permissions.allowsOrgRole(request.getClass(), connection.principal().role())) {
            refuse(connection, request, new Refused(ErrorCode.FORBIDDEN));
            return;
        }
        CompletionStage<Outcome> stage;
        try {
            stage = handler.handle(connection, request);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((outcome, error) -> reply(connection, request, outcome, error));
    }

    @SuppressWarnings("unchecked")
    private Handler<ClientMessage> handlerFor(ClientMessage request) {
        return (Handler<ClientMessage>) handlers.get(request.getClass());
    }

    private void reply(Connection connection, ClientMessage request, Outcome outcome, Throwable error) {
        if (error == null) {
            if (outcome instanceof Outcome.Reply ok) {
                connection.send(Replies.ok(request.id(), ok.result()));
            }
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof Refused refused) {
            refuse(connection, request, refused);
        } else if (cause instanceof StoreBusyException) {
            connection.send(Replies.retryLater(request.id(), ErrorCode.BUSY, BUSY_RETRY_MS));
        } else if (cause instanceof StoreClosedException) {
            connection.send(Replies.error(request.id(), ErrorCode.SHUTTING_DOWN));
        } else if (StorageFailures.isStorageUnavailable(cause)) {
            log.error("storage failure on request {} ({}) of connection {}: {}", request.id(),
                    request.getClass().getSimpleName(), connection.id(), cause.toString());
            connection.send(Replies.retryLater(request.id(), ErrorCode.STORAGE_UNAVAILABLE, StorageFailures.RETRY_AFTER_MS));
        } else {
            log.error("request {} ({}) on connection {} failed", request.id(), request.getClass().getSimpleName(),
                    connection.id(), cause);
            connection.send(Replies.error(request.id(), ErrorCode.INTERNAL_ERROR));
        }
    }

    /**
     * Sends a refusal. One for lack of permission is recorded first and answered after the record commits,
     * so whoever is told "no" can rely on the attempt being on the record.
     */
    private void refuse(Connection connection, ClientMessage request, Refused refused) {
        ErrorReply reply = new ErrorReply(request.id(), refused.code(), refused.getMessage(), refused.retryAfterMs());
        if (refused.code() != ErrorCode.FORBIDDEN) {
            connection.send(reply);
            return;
        }
        onPrivilegeRefused.record(connection, request).whenComplete((done, error) -> {
            if (error != null) {
                log.warn("refused {} on connection {} not recorded: {}", request.getClass().getSimpleName(),
                        connection.id(), error.toString());
            }
            connection.send(reply);
        });
    }

    /** Writes the audit record of a refused attempt. */
    @FunctionalInterface
    public interface PrivilegeRefusals {
        CompletionStage<?> record(Connection connection, ClientMessage request);
    }

    /** Collects handlers; {@link #on} once per request type. */
    public static final class Builder {
        private final Map<Class<? extends ClientMessage>, Handler<? extends ClientMessage>> handlers = new HashMap<>();
        private PrivilegeRefusals onPrivilegeRefused = (c, m) -> CompletableFuture.completedFuture(null);
        private RequestLimits limits;

        public <T extends ClientMessage> Builder on(Class<T> type, Handler<T> handler) {
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException("two handlers for " + type.getSimpleName());
            }
            return this;
        }

        /** Called when someone tries a request their role does not allow (for the audit trail). */
        public Builder onPrivilegeRefused(PrivilegeRefusals listener) {
            this.onPrivilegeRefused = listener;
            return this;
        }

        /** Per-person request limits; required. */
        public Builder limits(RequestLimits requestLimits) {
            this.limits = requestLimits;
            return this;
        }

        public Dispatcher build() {
            if (limits == null) {
                throw new IllegalStateException("the dispatcher needs request limits");
            }
            return new Dispatcher(handlers, onPrivilegeRefused, limits);
        }
    }
}
