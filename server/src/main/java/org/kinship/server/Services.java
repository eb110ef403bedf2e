package org.kinship.server;

import java.time.Clock;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.audit.AuditService;
import org.kinship.server.auth.AccountService;
import org.kinship.server.auth.AuthService;
import org.kinship.server.auth.InviteService;
import org.kinship.server.auth.PasswordHasher;
import org.kinship.server.auth.SessionService;
import org.kinship.server.auth.SetupCode;
import org.kinship.server.chat.ChatService;
import org.kinship.server.coaching.CoachingService;
import org.kinship.server.coaching.ConversationService;
import org.kinship.server.chat.ResumeService;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.schedule.ExpiryQueue;
import org.kinship.server.moderation.ReportService;
import org.kinship.server.moderation.RoleService;
import org.kinship.server.moderation.SanctionService;
import org.kinship.server.moderation.WordFilter;
import org.kinship.server.moderation.WordService;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.people.BlockService;
import org.kinship.server.privacy.DataRights;
import org.kinship.server.privacy.ErasureService;
import org.kinship.server.privacy.ExportService;
import org.kinship.server.privacy.PrivacyNotice;
import org.kinship.server.privacy.RetentionService;
import org.kinship.server.people.ProfileService;
import org.kinship.server.referral.ReferralService;
import org.kinship.server.room.JoinRequestService;
import org.kinship.server.safety.DutyService;
import org.kinship.server.safety.ResourceService;
import org.kinship.server.safety.RiskPhraseService;
import org.kinship.server.safety.SupportService;
import org.kinship.server.room.RoomService;
import org.kinship.server.room.RoomSettingsService;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.store.Db;
import org.kinship.server.wellbeing.CheckinService;
import org.kinship.server.wellbeing.RecoveryService;

/** Every service, built once over the shared parts; {@link Routes} maps request types onto them. */
record Services(AuthService auth, AccountService accounts, SessionService sessions, InviteService invites, RoomService rooms, RoomSettingsService roomSettings, JoinRequestService joinRequests,
                ChatService chat, ResumeService resume, RoleService roles, SanctionService sanctions,
                ReportService reports, AuditService auditTrail, WordService words, BlockService blocks,
                ProfileService profiles, ResourceService resources, DutyService duty, SupportService support,
                RiskPhraseService risks, OrgSettingsService orgSettings,
                ConversationService conversations, CoachingService coaching,
                RecoveryService recovery, CheckinService checkins, ReferralService referrals,
                RetentionService retention, DataRights dataRights) {

    static Services create(Db db, Fanout fanout, ConnectionRegistry connections, AuditLog audit, PasswordHasher hasher,
                           SetupCode setupCode, ServerConfig config, Clock clock, ExpiryQueue expiries) {
        WordFilter wordFilter = new WordFilter();
        WordService words = new WordService(db, wordFilter, audit, clock);
        words.load();
        RiskPhraseService risks = new RiskPhraseService(db, audit, clock);
        risks.load();
        SupportService support = new SupportService(db, fanout, audit, clock);
        RecoveryService recovery = new RecoveryService(db, fanout, clock);
        return new Services(
                new AuthService(db, hasher, audit, clock, config.sessionLifetime(), config.sessionIdle(), setupCode),
                new AccountService(db, connections, audit, clock),
                new SessionService(db, connections, clock, config.sessionIdle()),
                new InviteService(db, audit, clock),
                new RoomService(db, fanout, connections, audit, clock),
                new RoomSettingsService(db, fanout, audit, clock),
                new JoinRequestService(db, fanout, connections, audit, clock),
                new ChatService(db, fanout, audit, wordFilter, risks, support, clock),
                new ResumeService(db, connections),
                new RoleService(db, fanout, connections, audit),
                new SanctionService(db, fanout, connections, audit, clock, expiries),
                new ReportService(db, fanout, audit, clock),
                new AuditService(db, audit),
                words,
                new BlockService(db, clock),
                new ProfileService(db, audit, clock),
                new ResourceService(db, audit),
                new DutyService(db, fanout, audit, clock),
                support,
                risks,
                new OrgSettingsService(db, fanout, audit, clock),
                new ConversationService(db, fanout, audit, wordFilter, risks, clock),
                new CoachingService(db, fanout, audit, clock),
                recovery,
                new CheckinService(db, fanout, audit, recovery, clock),
                new ReferralService(db, fanout, audit, clock),
                new RetentionService(db, fanout, audit, clock),
                new DataRights(new ExportService(db, audit, clock),
                        new ErasureService(db, hasher, fanout, connections, audit, clock), new PrivacyNotice(db)));
    }
}
