package org.kinship.server.people;

import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.BlockUser;
import org.kinship.protocol.BlocksResult;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListBlocks;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.UnblockUser;
import org.kinship.protocol.UserInfo;
import org.kinship.server.Refused;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.BlockDao;
import org.kinship.server.store.Db;
import org.kinship.server.store.UserDao;

/**
 * Blocks between people. The blocked person is never told; the blocker's client hides their messages.
 * (Private conversations, when they come, will be refused between the two.)
 */
public final class BlockService {
    private final Db db;
    private final Clock clock;

    public BlockService(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public CompletionStage<Outcome> block(Connection c, BlockUser request) {
        if (request.userId() == c.userId()) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "You cannot block yourself.");
        }
        return db.write(h -> {
            Daos.of(h, UserDao.class).findById(request.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            Daos.of(h, BlockDao.class).insert(c.userId(), request.userId(), clock.millis());
            return blockedBy(h, c.userId());
        }).thenApply(Outcome::of);
    }

    public CompletionStage<Outcome> unblock(Connection c, UnblockUser request) {
        return db.write(h -> {
            Daos.of(h, BlockDao.class).delete(c.userId(), request.userId());
            return blockedBy(h, c.userId());
        }).thenApply(Outcome::of);
    }

    public CompletionStage<Outcome> list(Connection c, ListBlocks request) {
        return db.read(h -> blockedBy(h, c.userId())).thenApply(Outcome::of);
    }

    private static BlocksResult blockedBy(Handle h, long userId) {
        return new BlocksResult(Daos.of(h, BlockDao.class).blockedBy(userId).stream()
                .map(u -> new UserInfo(u.id(), u.handle(), OrgRole.fromWireName(u.orgRole()))).toList());
    }
}
