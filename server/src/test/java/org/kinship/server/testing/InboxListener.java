package org.kinship.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Puts every whole text message the server sends into an inbox as JSON (text that is not JSON arrives as
 * a {@code client-parse-error} object), and completes {@code closeCode} with the close status, or
 * exceptionally when the connection fails.
 */
public final class InboxListener implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> inbox;
    private final CompletableFuture<Integer> closeCode;
    private final StringBuilder partial = new StringBuilder();

    public InboxListener(BlockingQueue<JsonNode> inbox, CompletableFuture<Integer> closeCode) {
        this.inbox = inbox;
        this.closeCode = closeCode;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                inbox.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                inbox.add(JSON.createObjectNode().put("type", "client-parse-error").put("text", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }
}
