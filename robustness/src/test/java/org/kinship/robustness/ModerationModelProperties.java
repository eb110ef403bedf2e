package org.kinship.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/**
 * Random sequences of what people and moderators do in a room (posts, edits, deletes, leader removals,
 * warnings, mutes, removals, bans with and without purge, lifts, locks, leaving, joining, room roles, time
 * passing), played against the real server and against {@link ModerationModel}: after every step the
 * server's reply code is the model's, and at the end the room's history, members and sanctions in force
 * are exactly the model's. river (an admin) creates each room and leads it; jo.m, sam and kai are participants,
 * and jo.m starts each room as its co-leader.
 */
class ModerationModelProperties {
    private static final TestServer SERVER = new TestServer();
    private static final String[] KINDS = {"warning", "mute", "remove", "ban"};
    private static final String[] ROLES = {ModerationModel.LEADER, ModerationModel.CO_LEADER, ModerationModel.MEMBER,
            ModerationModel.OBSERVER};
    /** Steps of time, in minutes: multiples of 25 never meet a purge window (60, 120) or a sanction's end (30, 90). */
    private static final int[] STEPS = {25, 50};
    /** Time one try may let pass, in minutes; well inside a sign-in's idle limit. */
    private static final int MAX_MINUTES_PER_TRY = 6 * 60;
    private static final String[] cookies = new String[4];
    private static final long[] ids = new long[4];

    /** What person {@code actor} does; {@code target}, {@code pick} and {@code variant} choose the details. */
    record Action(String kind, int actor, int target, int pick, int variant) {
    }

    @BeforeContainer
    static void startServer() throws Exception {
        SERVER.beforeEach(null);
        Group group = Group.create(SERVER);
        cookies[0] = group.adminCookie();
        cookies[2] = group.memberCookie();
        cookies[1] = group.addMember(SERVER, "jo.m", "participant");
        cookies[3] = group.addMember(SERVER, "kai", "participant");
        for (int p = 0; p < 4; p++) {
            ids[p] = Group.userId(SERVER, cookies[p]);
        }
    }

    @AfterContainer
    static void stopServer() {
        SERVER.afterEach(null);
    }

    @Property(tries = 30)
    void theServerModeratesAsTheModelSays(@ForAll("actions") List<Action> actions) throws Exception {
        WsClient[] people = new WsClient[4];
        long minutes = 0;
        try {
            for (int p = 0; p < 4; p++) {
                people[p] = WsClient.connect(SERVER, cookies[p]);
            }
            long roomId = people[0].ok("room.create", "name", "Moderation room").path("room").path("id").asLong();
            ModerationModel model = new ModerationModel();
            for (int p = 1; p < 4; p++) {
                people[p].ok("room.join", "roomId", roomId);
                model.doJoin(p);
            }
            people[0].ok("room.role.set", "roomId", roomId, "userId", ids[1], "role", ModerationModel.CO_LEADER);
            model.roles.put(1, ModerationModel.CO_LEADER);
            Step step = new Step(people, roomId, model);
            for (Action a : actions) {
                minutes += step.play(a, minutes);
            }
            checkRoom(people[0], roomId, model);
        } finally {
            SERVER.clock().advance(Duration.ofMinutes(-minutes)); // back to real time for the next try's sessions
            for (WsClient c : people) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /**
     * The protocol's word on deletes, checked directly so it fails every time rather than when a random
     * sequence happens on it: an author may delete their own message while muted, in a locked room, and in
     * an archived one ("Running a room": people can still delete their own messages).
     */
    @Example
    void authorsMayDeleteTheirOwnMessagesWhileMutedLockedOrArchived() throws Exception {
        try (WsClient river = WsClient.connect(SERVER, cookies[0]); WsClient sam = WsClient.connect(SERVER, cookies[2])) {
            long roomId = river.ok("room.create", "name", "Deleting room").path("room").path("id").asLong();
            sam.ok("room.join", "roomId", roomId);
            for (int seq = 1; seq <= 3; seq++) {
                sam.ok("message.send", "roomId", roomId, "clientKey", "d" + seq, "body", "mine " + seq);
            }
            long mute = river.ok("sanction.apply", "roomId", roomId, "userId", ids[2], "kind", "mute", "reason", "A pause")
                    .path("sanction").path("id").asLong();
            List<String> codes = new ArrayList<>();
            codes.add(code(sam.request("message.delete", "roomId", roomId, "seq", 1)));
            river.ok("sanction.lift", "sanctionId", mute, "reason", "Back");
            river.ok("room.update", "roomId", roomId, "locked", true);
            codes.add(code(sam.request("message.delete", "roomId", roomId, "seq", 2)));
            river.ok("room.update", "roomId", roomId, "locked", false, "archived", true);
            codes.add(code(sam.request("message.delete", "roomId", roomId, "seq", 3)));
            assertEquals(List.of("ok", "ok", "ok"), codes, "deletes while muted, locked, archived");
        }
    }

    private static String code(JsonNode reply) {
        return "ok".equals(reply.path("type").asText()) ? "ok" : reply.path("code").asText();
    }

    /** Plays actions one by one, checking each reply against the model. */
    private static final class Step {
        private final WsClient[] people;
        private final long roomId;
        private final ModerationModel model;
        private int n;

        Step(WsClient[] people, long roomId, ModerationModel model) {
            this.people = people;
            this.roomId = roomId;
            this.model = model;
        }

        /** Plays one action; returns the minutes it let pass. */
        long play(Action a, long minutesSoFar) throws Exception {
            n++;
            WsClient who = people[a.actor()];
            String label = "step " + n + " " + a;
            switch (a.kind()) {
                case "send" -> {
                    String expected = model.checkSend(a.actor());
                    JsonNode reply = who.request("message.send", "roomId", roomId, "clientKey", "k" + n, "body", "m" + n);
                    expect(expected, reply, label);
                    if (expected.equals(ModerationModel.OK)) {
                        model.doSend(a.actor(), "k" + n, "m" + n);
                        assertEquals(model.messages.size(), reply.path("result").path("message").path("seq").asInt(), label);
                    }
                }
                case "retry" -> {
                    List<Integer> own = model.seqsBy(a.actor());
                    if (own.isEmpty()) {
                        return 0;
                    }
                    int seq = own.get(a.pick() % own.size());
                    String expected = model.checkRetry(a.actor());
                    JsonNode reply = who.request("message.send", "roomId", roomId,
                            "clientKey", model.messages.get(seq - 1).clientKey, "body", "again " + n);
                    expect(expected, reply, label);
                    if (expected.equals(ModerationModel.OK)) {
                        assertEquals(seq, reply.path("result").path("message").path("seq").asInt(), label);
                    }
                }
                case "edit", "delete" -> {
                    int seq = pickSeq(a);
                    boolean edit = a.kind().equals("edit");
                    String expected = model.checkChangeOwn(a.actor(), seq, edit);
                    JsonNode reply = edit ? who.request("message.edit", "roomId", roomId, "seq", seq, "body", "e" + n)
                            : who.request("message.delete", "roomId", roomId, "seq", seq);
                    expect(expected, reply, label);
                    if (expected.equals(ModerationModel.OK)) {
                        ModerationModel.Message m = model.messages.get(seq - 1);
                        m.body = edit ? "e" + n : null;
                        m.deletedBy = edit ? null : "author";
                    }
                }
                case "remove" -> {
                    int seq = 1 + a.pick() % (model.messages.size() + 1); // one past the end: not_found
                    String expected = model.checkRemove(a.actor(), seq);
                    JsonNode reply = who.request("message.remove", "roomId", roomId, "seq", seq, "reason", "Off topic");
                    expect(expected, reply, label);
                    if (expected.equals(ModerationModel.OK)) {
                        assertEquals("leader", reply.path("result").path("message").path("deletedBy").asText(), label);
                        model.messages.get(seq - 1).deletedBy = ModerationModel.LEADER;
                        model.messages.get(seq - 1).body = null;
                    }
                }
                case "sanction" -> sanction(a, who, label);
                case "lift" -> {
                    if (model.sanctions.isEmpty()) {
                        return 0;
                    }
                    ModerationModel.Sanction s = model.sanctions.get(a.pick() % model.sanctions.size());
                    String expected = model.checkLift(a.actor(), s);
                    expect(expected, who.request("sanction.lift", "sanctionId", s.id, "reason", "Talked it through"), label);
                    if (expected.equals(ModerationModel.OK)) {
                        s.lifted = true;
                    }
                }
                case "lock" -> {
                    boolean locked = a.variant() % 2 == 0;
                    String expected = model.checkUpdate(a.actor());
                    expect(expected, who.request("room.update", "roomId", roomId, "locked", locked), label);
                    if (expected.equals(ModerationModel.OK)) {
                        model.locked = locked;
                    }
                }
                case "leave" -> {
                    String expected = model.checkLeave(a.actor());
                    expect(expected, who.request("room.leave", "roomId", roomId), label);
                    if (expected.equals(ModerationModel.OK)) {
                        model.roles.remove(a.actor());
                    }
                }
                case "join" -> {
                    String expected = model.checkJoin(a.actor());
                    expect(expected, who.request("room.join", "roomId", roomId), label);
                    if (expected.equals(ModerationModel.OK)) {
                        model.doJoin(a.actor());
                    }
                }
                case "role" -> {
                    String role = ROLES[a.variant() % ROLES.length];
                    String expected = model.checkRoomRole(a.actor(), a.target(), role);
                    expect(expected, who.request("room.role.set", "roomId", roomId, "userId", ids[a.target()], "role", role),
                            label);
                    if (expected.equals(ModerationModel.OK)) {
                        model.roles.put(a.target(), role);
                    }
                }
                case "time" -> {
                    int step = STEPS[a.variant() % STEPS.length];
                    if (minutesSoFar + step > MAX_MINUTES_PER_TRY) {
                        return 0;
                    }
                    boolean ends = model.sanctions.stream().anyMatch(s -> s.inForce(model.now) && !s.inForce(model.now + step));
                    SERVER.clock().advance(Duration.ofMinutes(step));
                    model.now += step;
                    if (ends) {
                        Thread.sleep(700); // the server's expiry sweep runs every 250 ms; let it lift what ended
                    }
                    return step;
                }
                default -> throw new IllegalStateException(a.kind());
            }
            return 0;
        }

        private void sanction(Action a, WsClient who, String label) throws Exception {
            String kind = KINDS[a.variant() % KINDS.length];
            boolean timed = kind.equals("mute") || kind.equals("ban");
            Integer minutes = timed ? new Integer[] {null, 30, 90}[a.pick() % 3] : null;
            Integer purgeHours = kind.equals("ban") ? new Integer[] {null, 1, 2}[(a.pick() / 3) % 3] : null;
            String expected = model.checkSanction(a.actor(), a.target(), kind);
            List<Object> fields = new ArrayList<>(List.of("roomId", roomId, "userId", ids[a.target()], "kind", kind,
                    "reason", "Please take a breather"));
            if (minutes != null) {
                fields.addAll(List.of("minutes", minutes));
            }
            if (purgeHours != null) {
                fields.addAll(List.of("purgeHours", purgeHours));
            }
            JsonNode reply = who.request("sanction.apply", fields.toArray());
            expect(expected, reply, label);
            if (expected.equals(ModerationModel.OK)) {
                model.doSanction(reply.path("result").path("sanction").path("id").asLong(), kind, a.target(), minutes, purgeHours);
            }
        }

        /** Half the time one of the actor's own messages; otherwise any seq, or one past the end. */
        private int pickSeq(Action a) {
            List<Integer> own = model.seqsBy(a.actor());
            if (a.variant() % 2 == 0 && !own.isEmpty()) {
                return own.get(a.pick() % own.size());
            }
            return 1 + a.pick() % (model.messages.size() + 1);
        }
    }

    private static void expect(String expected, JsonNode reply, String label) {
        assertEquals(expected, code(reply), () -> label + ": " + reply);
    }

    /** History (paged as river), members and sanctions in force are exactly the model's. */
    private static void checkRoom(WsClient river, long roomId, ModerationModel model) throws Exception {
        if (!model.roles.containsKey(0)) {
            river.ok("room.join", "roomId", roomId);
        }
        List<JsonNode> history = new ArrayList<>();
        Long before = null;
        do {
            JsonNode page = before == null ? river.ok("history", "roomId", roomId, "limit", 7)
                    : river.ok("history", "roomId", roomId, "limit", 7, "beforeSeq", before);
            List<JsonNode> these = new ArrayList<>();
            page.path("messages").forEach(these::add);
            history.addAll(0, these);
            before = page.path("hasMore").asBoolean() && !these.isEmpty() ? these.get(0).path("seq").asLong() : null;
        } while (before != null);
        assertEquals(model.messages.size(), history.size(), "history length");
        for (int i = 0; i < history.size(); i++) {
            JsonNode actual = history.get(i);
            ModerationModel.Message expected = model.messages.get(i);
            String at = "seq " + (i + 1) + ": " + actual;
            assertEquals(i + 1, actual.path("seq").asInt(), at);
            assertEquals(ids[expected.author], actual.path("senderId").asLong(), at);
            assertEquals(expected.body, actual.path("body").asText(null), at);
            assertEquals(expected.deletedBy, actual.path("deletedBy").asText(null), at);
        }
        Map<Long, String> members = new TreeMap<>();
        model.roles.forEach((p, role) -> members.put(ids[p], role));
        if (!model.roles.containsKey(0)) {
            members.put(ids[0], ModerationModel.MEMBER); // river joined again to read the history
        }
        Map<Long, String> actualMembers = new TreeMap<>();
        river.ok("room.members", "roomId", roomId).path("members")
                .forEach(m -> actualMembers.put(m.path("userId").asLong(), m.path("role").asText()));
        assertEquals(members, actualMembers, "members");
        List<Long> inForce = model.sanctions.stream().filter(s -> s.inForce(model.now)).map(s -> s.id).sorted().toList();
        List<Long> actualInForce = new ArrayList<>();
        river.ok("sanctions.list", "roomId", roomId).path("sanctions").forEach(s -> actualInForce.add(s.path("id").asLong()));
        assertEquals(inForce, actualInForce.stream().sorted().toList(), "sanctions in force");
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<String> kinds = Arbitraries.frequency(Tuple.of(6, "send"), Tuple.of(1, "retry"), Tuple.of(2, "edit"),
                Tuple.of(2, "delete"), Tuple.of(3, "remove"), Tuple.of(5, "sanction"), Tuple.of(3, "lift"),
                Tuple.of(2, "lock"), Tuple.of(2, "leave"), Tuple.of(4, "join"), Tuple.of(2, "role"), Tuple.of(1, "time"));
        Arbitrary<Integer> actor = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(2, 1), Tuple.of(2, 2), Tuple.of(2, 3));
        Arbitrary<Integer> target = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(2, 1), Tuple.of(3, 2), Tuple.of(3, 3));
        Arbitrary<Action> action = Combinators.combine(kinds, actor, target, Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 11)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform());
    }
}
