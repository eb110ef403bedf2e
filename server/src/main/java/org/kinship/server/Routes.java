package org.kinship.server;

import org.kinship.protocol.*;
import org.kinship.server.limits.RequestLimits;
import org.kinship.server.session.Dispatcher;

/** Which service handles which request: the dispatcher's table of contents. */
final class Routes {
    private Routes() {
    }

    static Dispatcher dispatcher(Services s, Dispatcher.PrivilegeRefusals refusals, RequestLimits limits) {
        return Dispatcher.builder()
                .limits(limits)
                .on(ListRooms.class, s.rooms()::list)
                .on(CreateRoom.class, s.rooms()::create)
                .on(JoinRoom.class, s.rooms()::join)
                .on(LeaveRoom.class, s.rooms()::leave)
                .on(ListMembers.class, s.rooms()::members)
                .on(Typing.class, s.rooms()::typing)
                .on(UpdateRoom.class, s.roomSettings()::update)
                .on(AcceptGuidelines.class, s.roomSettings()::acceptGuidelines)
                .on(PinMessage.class, s.roomSettings()::pin)
                .on(ListJoinRequests.class, s.joinRequests()::list)
                .on(DecideJoinRequest.class, s.joinRequests()::decide)
                .on(Resume.class, s.resume()::resume)
                .on(History.class, s.chat()::history)
                .on(SendMessage.class, s.chat()::send)
                .on(EditMessage.class, s.chat()::edit)
                .on(DeleteMessage.class, s.chat()::delete)
                .on(RemoveMessage.class, s.chat()::remove)
                .on(CreateInvite.class, s.invites()::create)
                .on(ListInvites.class, s.invites()::list)
                .on(RevokeInvite.class, s.invites()::revoke)
                .on(ListSessions.class, s.sessions()::list)
                .on(EndSession.class, s.sessions()::end)
                .on(SetUserDisabled.class, s.accounts()::setDisabled)
                .on(EndUserSessions.class, s.accounts()::endSessions)
                .on(CreatePasswordReset.class, s.accounts()::createReset)
                .on(ListUsers.class, s.roles()::listUsers)
                .on(SetOrgRole.class, s.roles()::setOrgRole)
                .on(SetRoomRole.class, s.roles()::setRoomRole)
                .on(ApplySanction.class, s.sanctions()::apply)
                .on(LiftSanction.class, s.sanctions()::lift)
                .on(ListSanctions.class, s.sanctions()::list)
                .on(ListMySanctions.class, s.sanctions()::mine)
                .on(CreateReport.class, s.reports()::create)
                .on(ListReports.class, s.reports()::list)
                .on(ResolveReport.class, s.reports()::resolve)
                .on(ListAudit.class, s.auditTrail()::list)
                .on(ListWords.class, s.words()::list)
                .on(SetWords.class, s.words()::set)
                .on(BlockUser.class, s.blocks()::block)
                .on(UnblockUser.class, s.blocks()::unblock)
                .on(ListBlocks.class, s.blocks()::list)
                .on(GetProfile.class, s.profiles()::get)
                .on(SetProfile.class, s.profiles()::set)
                .on(ListResources.class, s.resources()::list)
                .on(SetResources.class, s.resources()::set)
                .on(SetDuty.class, s.duty()::set)
                .on(ListDuty.class, s.duty()::list)
                .on(RequestSupport.class, s.support()::request)
                .on(AcknowledgeSupport.class, s.support()::acknowledge)
                .on(CloseSupport.class, s.support()::close)
                .on(ListSupport.class, s.support()::list)
                .on(ListRiskPhrases.class, s.risks()::list)
                .on(SetRiskPhrases.class, s.risks()::set)
                .on(GetOrgSettings.class, s.orgSettings()::get)
                .on(SetOrgSettings.class, s.orgSettings()::set)
                .onPrivilegeRefused(refusals)
                .build();
    }
}
