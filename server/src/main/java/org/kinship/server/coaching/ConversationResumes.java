package org.kinship.server.coaching;

import java.util.HashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ConversationCursor;
import org.kinship.protocol.ConversationResume;
import org.kinship.protocol.ErrorCode;
import org.kinship.server.Refused;
import org.kinship.server.auth.Principal;
import org.kinship.server.chat.ResumeService;
import org.kinship.server.coaching.ConversationAccess.Seat;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationRow;
import org.kinship.server.store.Daos;

/** The conversation part of {@code resume}: what each conversation holds beyond the client's cursor. */
public final class ConversationResumes {
    private ConversationResumes() {
    }

    public static void checkCursors(List<ConversationCursor> cursors) {
        if (cursors.size() > ResumeService.MAX_RESUME_ROOMS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Resume at most " + ResumeService.MAX_RESUME_ROOMS + " conversations at once.");
        }
        var seen = new HashSet<Long>();
        for (ConversationCursor cursor : cursors) {
            if (cursor.afterSeq() < 0 || cursor.afterRev() < 0 || !seen.add(cursor.conversationId())) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "Each conversation once, with afterSeq and afterRev of 0 or more.");
            }
        }
    }

    /** Only the two people resume a conversation, and a coach only the part they may read. */
    public static ConversationResume catchUp(Handle h, Principal who, ConversationCursor cursor) {
        Seat seat = ConversationAccess.requireMember(h, who, cursor.conversationId());
        ConversationRow conversation = seat.audience().conversation();
        ConversationDao dao = Daos.of(h, ConversationDao.class);
        long afterSeq = Math.max(Math.min(cursor.afterSeq(), conversation.lastSeq()), seat.fromSeq() - 1);
        if (conversation.lastSeq() - afterSeq > ResumeService.MAX_RESUME_MESSAGES) {
            return gap(conversation);
        }
        var missed = dao.after(conversation.id(), afterSeq, ResumeService.MAX_RESUME_MESSAGES);
        var changed = dao.changedSince(conversation.id(), cursor.afterRev(), seat.fromSeq(), afterSeq,
                ResumeService.MAX_RESUME_MESSAGES + 1);
        if (changed.size() > ResumeService.MAX_RESUME_MESSAGES) {
            return gap(conversation);
        }
        return new ConversationResume(conversation.id(), conversation.lastSeq(), conversation.lastRev(), false,
                ConversationViews.toWire(missed), ConversationViews.toWire(changed));
    }

    private static ConversationResume gap(ConversationRow conversation) {
        return new ConversationResume(conversation.id(), conversation.lastSeq(), conversation.lastRev(), true, List.of(), List.of());
    }
}
