package org.kinship.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kinship.bench.load.Connector;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Session;
import org.kinship.bench.load.Shape;
import org.kinship.bench.load.Target;

/** Everyone of a shape connected, joined and subscribed, grouped by room; closed as a whole. */
public final class RoomSessions implements AutoCloseable {
    /** Quiet time after set-up, so join and presence traffic is over before measuring. */
    static final long QUIET_MS = 500;

    private final List<List<Session>> rooms;

    private RoomSessions(List<List<Session>> rooms) {
        this.rooms = rooms;
    }

    public static RoomSessions open(Target target, Connector connector, Shape shape) throws Exception {
        target.preparePeople(shape.people());
        List<String> ids = target.rooms(shape);
        List<Connector.Spec> specs = new ArrayList<>();
        for (int r = 0; r < shape.rooms(); r++) {
            for (int m = 0; m < shape.members(); m++) {
                Identity who = target.identity(r * shape.members() + m);
                String room = ids.get(r);
                specs.add(new Connector.Spec(who, new Session(target.dialect(), target.dialect().joinSteps(who, room), room)));
            }
        }
        Connector.Opened opened = connector.open(specs);
        if (opened.failed() > 0) {
            Connector.closeAll(opened.sessions());
            throw new IllegalStateException(target.name() + " " + shape.label() + ": " + opened.failed()
                    + " connections failed; first: " + opened.firstError());
        }
        List<List<Session>> rooms = new ArrayList<>();
        for (int r = 0; r < shape.rooms(); r++) {
            int from = r * shape.members();
            rooms.add(opened.sessions().subList(from, from + shape.members()));
        }
        Thread.sleep(QUIET_MS);
        return new RoomSessions(rooms);
    }

    public List<List<Session>> rooms() {
        return rooms;
    }

    @Override
    public void close() throws InterruptedException {
        rooms.forEach(Connector::closeAll);
        Thread.sleep(QUIET_MS);
    }
}
