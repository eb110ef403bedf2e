package org.kinship.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One room as PROTOCOL.md describes it ("Roles and moderation", "Who may send what", "Running a room" and
 * the request sections), small enough to check by eye. Each {@code checkX} answers what the server must
 * reply to X right now: {@code "ok"} or the exact error code, in the order the protocol checks them;
 * each {@code doX} applies an accepted X. Person 0 is the admin who created the room; the others are
 * participants. Time is in minutes since the room was made.
 */
final class ModerationModel {
    static final String OK = "ok";
    static final String LEADER = "leader";
    static final String CO_LEADER = "co_leader";
    static final String MEMBER = "member";
    static final String OBSERVER = "observer";

    /**
     * PROTOCOL.md lets an author delete their own message whenever they are a member and not an observer
     * ("Who may send what"; `message.delete` lists no posting-rule errors; "Archived": people can still
     * delete their own messages). The server also applies the lock and mutes to deletes; see the report.
     */
    static final boolean DELETE_FOLLOWS_POSTING_RULES = false;

    /** One message: who wrote it, its text, and who deleted it (null while it stands). */
    static final class Message {
        final int author;
        final String clientKey;
        final long sentAt;
        String body;
        String deletedBy;

        Message(int author, String clientKey, String body, long sentAt) {
            this.author = author;
            this.clientKey = clientKey;
            this.body = body;
            this.sentAt = sentAt;
        }
    }

    /** One sanction as stored: its server id, on whom, and whether it still holds. */
    static final class Sanction {
        final long id;
        final String kind;
        final int person;
        final Long expiresAt;
        boolean lifted;

        Sanction(long id, String kind, int person, Long expiresAt) {
            this.id = id;
            this.kind = kind;
            this.person = person;
            this.expiresAt = expiresAt;
            this.lifted = kind.equals("warning") || kind.equals("remove"); // they take effect and are done
        }

        boolean inForce(long now) {
            return !lifted && (expiresAt == null || expiresAt > now);
        }
    }

    final Map<Integer, String> roles = new HashMap<>(Map.of(0, LEADER));
    final List<Message> messages = new ArrayList<>();
    final List<Sanction> sanctions = new ArrayList<>();
    boolean locked;
    long now;

    boolean isOverseer(int p) {
        return p == 0;
    }

    boolean isModerator(int p) {
        String role = roles.get(p);
        return isOverseer(p) || LEADER.equals(role) || CO_LEADER.equals(role);
    }

    private boolean isPoster(int p) {
        String role = roles.get(p);
        return LEADER.equals(role) || CO_LEADER.equals(role) || MEMBER.equals(role);
    }

    private boolean hasInForce(int p, String kind) {
        return sanctions.stream().anyMatch(s -> s.person == p && s.kind.equals(kind) && s.inForce(now));
    }

    /** The room part of the permission table for requests a member who may post sends. */
    private String checkPoster(int p) {
        return isPoster(p) ? OK : roles.containsKey(p) ? "forbidden" : "not_a_member";
    }

    /** Posting rules 1 to 3 (archived is never modelled): the lock, then mutes. */
    private String checkMayChange(int p) {
        if (locked && !isModerator(p)) {
            return "room_locked";
        }
        return hasInForce(p, "mute") ? "muted" : OK;
    }

    String checkSend(int p) {
        String access = checkPoster(p);
        return access.equals(OK) ? checkMayChange(p) : access;
    }

    void doSend(int p, String clientKey, String body) {
        messages.add(new Message(p, clientKey, body, now));
    }

    /** A retried send is answered with the stored message before any posting rule. */
    String checkRetry(int p) {
        return checkPoster(p);
    }

    /** Edit and delete: access, then the message (absent, deleted, someone else's), then the posting rules. */
    String checkChangeOwn(int p, int seq, boolean edit) {
        String access = checkPoster(p);
        if (!access.equals(OK)) {
            return access;
        }
        String message = checkLive(seq);
        if (!message.equals(OK)) {
            return message;
        }
        if (messages.get(seq - 1).author != p) {
            return "not_your_message";
        }
        return edit || DELETE_FOLLOWS_POSTING_RULES ? checkMayChange(p) : OK;
    }

    private String checkLive(int seq) {
        if (seq < 1 || seq > messages.size()) {
            return "not_found";
        }
        return messages.get(seq - 1).deletedBy != null ? "message_deleted" : OK;
    }

    String checkRemove(int m, int seq) {
        return isModerator(m) ? checkLive(seq) : "forbidden";
    }

    /** Moderator, not oneself, not another moderator; but for bans, the person must be in the room. */
    String checkSanction(int m, int target, String kind) {
        if (!isModerator(m) || m == target || isModerator(target)) {
            return "forbidden";
        }
        return !roles.containsKey(target) && !kind.equals("ban") ? "not_a_member" : OK;
    }

    /** Applies a sanction; a ban with {@code purgeHours} removes the person's standing messages of that window. */
    void doSanction(long id, String kind, int target, Integer minutes, Integer purgeHours) {
        sanctions.add(new Sanction(id, kind, target, minutes == null ? null : now + minutes));
        if (kind.equals("remove") || kind.equals("ban")) {
            roles.remove(target);
        }
        if (purgeHours != null) {
            for (Message m : messages) {
                if (m.author == target && m.deletedBy == null && m.sentAt >= now - purgeHours * 60L) {
                    m.deletedBy = LEADER;
                    m.body = null;
                }
            }
        }
    }

    /** Lifting: the sanction's room's moderators only; only a mute or ban still in force. */
    String checkLift(int m, Sanction s) {
        if (!isModerator(m)) {
            return "forbidden";
        }
        return s.inForce(now) ? OK : "invalid_request";
    }

    String checkLeave(int p) {
        return roles.containsKey(p) ? OK : "not_a_member";
    }

    /** Joining an open room: harmless when already in, refused while banned. */
    String checkJoin(int p) {
        if (roles.containsKey(p)) {
            return OK;
        }
        return hasInForce(p, "ban") ? "banned" : OK;
    }

    void doJoin(int p) {
        roles.putIfAbsent(p, MEMBER);
    }

    String checkUpdate(int m) {
        return isModerator(m) ? OK : "forbidden";
    }

    /** Overseers set any room role; the room's leader sets co_leader, member or observer, never a leader's. */
    String checkRoomRole(int actor, int target, String role) {
        if (!isOverseer(actor) && !LEADER.equals(roles.get(actor))) {
            return "forbidden";
        }
        if (!roles.containsKey(target)) {
            return "not_a_member";
        }
        return !isOverseer(actor) && (role.equals(LEADER) || LEADER.equals(roles.get(target))) ? "forbidden" : OK;
    }

    /** The seqs, 1-based, of one person's messages. */
    List<Integer> seqsBy(int p) {
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).author == p) {
                seqs.add(i + 1);
            }
        }
        return seqs;
    }
}
