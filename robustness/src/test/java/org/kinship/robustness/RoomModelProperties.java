package org.kinship.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/**
 * Random sequences of sends, edits, deletes, mutes and lifts, played against the real server and against
 * a model small enough to be obviously right: after every step the server's answer matches the model's,
 * and at the end the room's history is exactly the model's, in order, with no gaps.
 */
class RoomModelProperties {
    private static final TestServer SERVER = new TestServer();
    private static Group group;
    private static String joCookie;
    private static long samId;
    private static long joId;

    /** What a person (0 = sam, 1 = jo.m) does; {@code pick} chooses among their own messages. */
    record Action(String kind, int person, int pick) {
    }

    /** One message as the model holds it. */
    private static final class Modelled {
        final int author;
        String body;
        boolean deleted;

        Modelled(int author, String body) {
            this.author = author;
            this.body = body;
        }
    }

    @BeforeContainer
    static void startServer() throws Exception {
        SERVER.beforeEach(null);
        group = Group.create(SERVER);
        joCookie = group.addMember(SERVER, "jo.m", "participant");
        samId = Group.userId(SERVER, group.memberCookie());
        joId = Group.userId(SERVER, joCookie);
    }

    @AfterContainer
    static void stopServer() {
        SERVER.afterEach(null);
    }

    @Property(tries = 25)
    void theServerAgreesWithTheModelAfterEveryStep(@ForAll("actions") List<Action> actions) throws Exception {
        long roomId;
        try (WsClient river = WsClient.connect(SERVER, group.adminCookie())) {
            roomId = river.ok("room.create", "name", "Property room").path("room").path("id").asLong();
        }
        try (WsClient river = WsClient.connect(SERVER, group.adminCookie());
             WsClient sam = WsClient.connect(SERVER, group.memberCookie());
             WsClient jo = WsClient.connect(SERVER, joCookie)) {
            sam.ok("room.join", "roomId", roomId);
            jo.ok("room.join", "roomId", roomId);
            WsClient[] people = {sam, jo};
            long[] ids = {samId, joId};
            List<Modelled> model = new ArrayList<>();
            Set<Integer> muted = new HashSet<>();
            long[] muteIds = new long[2];
            int step = 0;
            for (Action a : actions) {
                step++;
                WsClient who = people[a.person()];
                switch (a.kind()) {
                    case "send" -> {
                        JsonNode reply = who.request("message.send", "roomId", roomId, "clientKey", "k" + step, "body", "m" + step);
                        if (muted.contains(a.person())) {
                            assertEquals("muted", reply.path("code").asText(), "step " + step);
                        } else {
                            model.add(new Modelled(a.person(), "m" + step));
                            assertEquals(model.size(), reply.path("result").path("message").path("seq").asLong(), "step " + step);
                        }
                    }
                    case "edit", "delete" -> {
                        int seq = pickOwn(model, a);
                        if (seq == 0) {
                            continue;
                        }
                        Modelled m = model.get(seq - 1);
                        JsonNode reply = a.kind().equals("edit")
                                ? who.request("message.edit", "roomId", roomId, "seq", seq, "body", "e" + step)
                                : who.request("message.delete", "roomId", roomId, "seq", seq);
                        String expected = m.deleted ? "message_deleted"
                                : a.kind().equals("edit") && muted.contains(a.person()) ? "muted" : "ok";
                        assertEquals(expected, "ok".equals(reply.path("type").asText()) ? "ok" : reply.path("code").asText(),
                                "step " + step + " " + a);
                        if (expected.equals("ok")) {
                            if (a.kind().equals("edit")) {
                                m.body = "e" + step;
                            } else {
                                m.deleted = true;
                            }
                        }
                    }
                    case "mute" -> {
                        if (muted.add(a.person())) {
                            muteIds[a.person()] = river.ok("sanction.apply", "roomId", roomId, "userId", ids[a.person()],
                                    "kind", "mute", "reason", "a pause").path("sanction").path("id").asLong();
                        }
                    }
                    case "lift" -> {
                        if (muted.remove(a.person())) {
                            river.ok("sanction.lift", "sanctionId", muteIds[a.person()], "reason", "back");
                        }
                    }
                    default -> throw new IllegalStateException(a.kind());
                }
            }
            JsonNode history = river.ok("history", "roomId", roomId, "limit", 100).path("messages");
            assertEquals(model.size(), history.size());
            for (int i = 0; i < model.size(); i++) {
                JsonNode actual = history.get(i);
                assertEquals(i + 1, actual.path("seq").asLong());
                assertEquals(model.get(i).deleted, actual.has("deletedAt"), "seq " + (i + 1));
                if (!model.get(i).deleted) {
                    assertEquals(model.get(i).body, actual.path("body").asText(), "seq " + (i + 1));
                }
            }
        }
    }

    /** The seq of the author's {@code pick}-th own message, or 0 when they have none. */
    private static int pickOwn(List<Modelled> model, Action a) {
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).author == a.person()) {
                own.add(i + 1);
            }
        }
        return own.isEmpty() ? 0 : own.get(a.pick() % own.size());
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<String> kinds = Arbitraries.frequency(Tuple.of(6, "send"), Tuple.of(2, "edit"), Tuple.of(2, "delete"),
                Tuple.of(1, "mute"), Tuple.of(1, "lift"));
        Arbitrary<Action> action = Combinators.combine(kinds, Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 20)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(40);
    }
}
