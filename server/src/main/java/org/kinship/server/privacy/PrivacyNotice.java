package org.kinship.server.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.kinship.protocol.ErasureMode;
import org.kinship.protocol.OrgSettings;
import org.kinship.protocol.http.PrivacyNoticeResponse;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.store.Db;

/**
 * The privacy notice shown before sign-up: who can read what, in plain words, written from the
 * organisation's settings as they are now, so it can never promise what the server does not do.
 */
public final class PrivacyNotice {
    private final Db db;

    public PrivacyNotice(Db db) {
        this.db = db;
    }

    public CompletableFuture<PrivacyNoticeResponse> current() {
        return db.read(OrgSettingsService::current).thenApply(s -> new PrivacyNoticeResponse(paragraphs(s)));
    }

    static List<String> paragraphs(OrgSettings s) {
        List<String> p = new ArrayList<>();
        p.add("To sign up you need only an invite, a handle and a password. We never ask for your name, email or phone"
                + " number. Other people see you only by your handle.");
        p.add("What you write in a room is read by the members of that room and by its peer leaders. Supervisors and"
                + " admins may read any room to keep it safe. Nobody outside the room reads it.");
        p.add(s.supervisorReview()
                ? "Your private conversation with your coach is read by you and your coach. Supervisors may also read it,"
                        + " to support the coaches; they cannot write in it, and every time they read it, it is recorded."
                : "Your private conversation with your coach is read only by you and your coach. Supervisors do not read it.");
        p.add("If you change coach, your new coach reads what you wrote before only if you say they may; your former coach"
                + " stops reading it.");
        p.add(s.supervisorReview()
                ? "Your daily check-ins are seen by you and your coach, and by supervisors who support the coaches. Your"
                        + " recovery date is yours alone; your rooms hear of a milestone only if you choose."
                : "Your daily check-ins are seen only by you and your coach. Your recovery date is yours alone; your rooms"
                        + " hear of a milestone only if you choose.");
        p.add("When your coach connects you with a professional or a service, they record a short referral that staff can"
                + " see. Other participants never see it.");
        p.add(s.participantDirectMessages()
                ? "Participants may send each other private messages; only the two people in a conversation read it."
                : "Participants cannot send each other private messages here: you talk with other participants in the rooms."
                        + " Staff may message you privately.");
        p.add("Staff may keep a name or a way to reach you if someone is worried about you. Only staff can see it, and"
                + " every time someone looks at it, it is recorded.");
        p.add(s.retentionDays() == null
                ? "Room messages are kept until someone deletes them. A room's leaders may choose to delete old messages"
                        + " automatically."
                : "Room messages are deleted for good after " + s.retentionDays() + " days, unless a room's leaders chose"
                        + " a different time for their room.");
        p.add("You can download everything Kinship holds about you at any time, and you can delete your account. "
                + (s.erasure() == ErasureMode.TOMBSTONE
                        ? "When you delete it, the text of every message you wrote is deleted; in its place others see that"
                                + " a former member wrote something there."
                        : "When you delete it, every message you wrote is deleted, and nothing in it or near it names you."));
        p.add("Kinship is peer support, not an emergency service. It never contacts emergency services or anyone outside"
                + " the organisation by itself. If you are in danger, call your local emergency number.");
        return p;
    }
}
