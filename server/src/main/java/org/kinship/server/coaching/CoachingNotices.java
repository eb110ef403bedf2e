package org.kinship.server.coaching;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.Caseload;
import org.kinship.protocol.CaseloadChanged;
import org.kinship.protocol.CoachRequest;
import org.kinship.protocol.CoachRequestsChanged;
import org.kinship.protocol.CoachingChanged;
import org.kinship.protocol.CoachingResult;
import org.kinship.protocol.Conversation;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Permissions;

/**
 * Everything the people concerned hear after a coaching change, computed inside its transaction and
 * published after the commit: the participant's coaching, each coach's caseload, everyone's conversation
 * list, and the request queue when it changed.
 */
record CoachingNotices(long participantId, CoachingResult coaching, Map<Long, Caseload> caseloads,
                       Map<Long, List<Conversation>> lists, List<CoachRequest> queue) {
    static CoachingNotices none(CoachingResult coaching) {
        return new CoachingNotices(coaching.participantId(), coaching, Map.of(), Map.of(), null);
    }

    static CoachingNotices collect(Handle h, long participantId, Set<Long> coaches, boolean queueChanged, long now) {
        Map<Long, Caseload> caseloads = new LinkedHashMap<>();
        coaches.forEach(coach -> caseloads.put(coach, CoachingViews.caseload(h, coach, now)));
        Set<Long> people = new LinkedHashSet<>(coaches);
        people.add(participantId);
        return new CoachingNotices(participantId, CoachingViews.coachingResult(h, participantId), caseloads,
                ConversationViews.listsFor(h, people), queueChanged ? CoachingViews.queue(h) : null);
    }

    void publish(Fanout fanout) {
        fanout.toPeople(List.of(participantId), Set.of(), new CoachingChanged(coaching.coaching()));
        caseloads.forEach((coach, caseload) -> fanout.toPeople(List.of(coach), Set.of(), new CaseloadChanged(caseload)));
        ConversationViews.publishLists(fanout, lists);
        if (queue != null) {
            fanout.toPeople(List.of(), Permissions.STAFF, new CoachRequestsChanged(queue));
        }
    }
}
